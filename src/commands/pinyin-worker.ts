import { parentPort, workerData } from 'node:worker_threads';
import { prepareReader, readText } from '../lexicon/index.js';
import { unpackLines, type PackedLines } from './pinyin-lines.js';
import { renderLine, type PinyinFormat } from './pinyin-render.js';

/**
 * The second thread of a long `guanhua pinyin`: it reads and renders the lines the first thread
 * has segmented, a batch per message, and answers each with its output lines (joined by "\n"),
 * in order. It loads the reader's tables while the first thread loads jieba.
 */
const { format } = workerData as { format: PinyinFormat };
const port = parentPort!;
port.on('message', (packed: PackedLines) => {
  const out = unpackLines(packed).map(({ line, tokens }) => renderLine(format, line, readText(line, tokens)));
  port.postMessage(out.join('\n'));
});
prepareReader();
