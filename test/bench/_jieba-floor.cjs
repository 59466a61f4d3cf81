// The segmentation floor: a bare Node process that loads nodejieba and cuts a file line by line.
const fs = require('node:fs');
const jieba = require('nodejieba');
let n = 0;
for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n')) n += jieba.cut(line).length;
if (process.env.FLOOR_VERBOSE) console.log(n);
