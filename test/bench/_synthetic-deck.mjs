// A deterministic synthetic deck for the Anki benchmarks: n cards with two-character words from
// a fixed alphabet and real-looking fields (escaping work included: `<troops> & resources`).
const HAN = '国务院常委会议部署推进高质量发展经济社会改革开放创新协调绿色共享安全稳定';
const SYL = ['guó', 'wù', 'yuàn', 'cháng', 'wěi', 'huì', 'yì', 'bù', 'shǔ', 'tuī', 'jìn', 'gāo', 'zhì', 'liàng', 'fā', 'zhǎn'];

export function syntheticCard(i) {
  const word = HAN[i % HAN.length] + HAN[Math.floor(i / HAN.length) % HAN.length] + (i >= HAN.length ** 2 ? String(i) : '');
  const pinyin = `${SYL[i % SYL.length]} ${SYL[(i * 7) % SYL.length]}`;
  return {
    id: `gh-${i.toString(16).padStart(16, '0')}`, word, traditional: word, pinyin, pinyinNumbered: '',
    definitions: ['to deploy', 'to arrange <troops> & resources'], pos: 'v', hsk: { v2: (i % 6) + 1, v3: (i % 7) + 1 },
    frequency: { article: (i % 9) + 1, corpus: 3 + (i % 40) / 10 }, keyness: 10, rank: i + 1,
    examples: [`会议${word}推进高质量发展，坚持稳中求进工作总基调。`], examplesPinyin: [`huì yì ${pinyin} tuī jìn gāo zhì liàng fā zhǎn ，`], tags: [],
  };
}

export function syntheticDeck(name, n) {
  return {
    format: 'guanhua-deck', version: 1, name,
    source: { title: '基准测试', file: 'bench.txt', sha256: '', characters: 0, tokens: 0 },
    cards: Array.from({ length: n }, (_, i) => syntheticCard(i)),
  };
}
