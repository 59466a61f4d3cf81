import { describe, expect, it } from 'vitest';
import { hasNotation, renderGloss } from '../../src/lexicon/gloss-text.js';
import { composedMeaning, lookup } from '../../src/lexicon/index.js';

describe('CC-CEDICT notation written out for learners', () => {
  it.each([
    ['abbr. for 常務委員會|常务委员会[chang2 wu4 wei3 yuan2 hui4]', 'abbr. for 常务委员会 cháng wù wěi yuán huì'],
    ['CL:個|个[ge4]', 'measure word: 个 gè'],
    ['CL:個|个[ge4],位[wei4]', 'measure word: 个 gè, 位 wèi'],
    ['(usu. followed by 到[dao4])', '(usu. followed by 到 dào)'],
    ['(bound form) a moment (Taiwan pr. [hui3])', '(bound form) a moment (Taiwan pr. huǐ)'],
    ['benevolence 仁, righteousness 義|义', 'benevolence 仁, righteousness 义'],
    ['green 綠|绿[lu:4]', 'green 绿 lǜ'],
  ])('%s → %s', (raw, shown) => {
    expect(renderGloss(raw)).toBe(shown);
    expect(hasNotation(renderGloss(raw))).toBe(false);
  });

  it.each(['常委', '个人', '行', '了', '机关', '打', '问题', '会'])('the index holds %s without notation, surname or variant senses', (word) => {
    const senses = lookup(word).filter((e) => !e.weak).flatMap((e) => e.definitions);
    expect(senses.length).toBeGreaterThan(0);
    for (const s of senses) {
      expect(hasNotation(s)).toBe(false);
      expect(s).not.toMatch(/^(?:surname|(?:old )?variant of)\b/);
    }
  });

  it('puts the measure words last, as a line of their own', () => {
    const defs = lookup('问题')[0].definitions;
    expect(defs[defs.length - 1]).toBe('measure word: 个 gè');
  });
});

describe('learner order', () => {
  it('puts a group named with "the" before a bare English word of its stem (群众 "the masses", not "mass")', () => {
    expect(lookup('群众')[0].definitions[0]).toBe('the masses');
  });
});

describe('meanings composed from dictionary parts', () => {
  it.each([
    ['党组织', 'n', 'party + organization'],
    ['全党', null, 'whole + party'],
    ['治党', 'n', 'rule + party'],
    ['强军', 'n', 'strong + army'],
    // The last character as in the words sharing the first part (公安局 "office; bureau", 公安部).
    ['公安厅', 'n', /^public security \+ (?:office|provincial government department)$/],
    // The last character as in the longer words it ends (外交部, 国防部 "ministry").
    ['社会保障部', 'n', 'social security + ministry'],
    // An abbreviation lends the word it stands for (企 "abbr. for 企业").
    ['强企', 'n', 'strong + company'],
    ['示范区', 'n', /^(?:demonstrat\w*|model example|show how to do sth) \+ (?:area|region|zone|district)$/],
    ['抓好', 'v', 'grab + (verb complement indicating completion)'],
    ['摆上', 'v', 'arrange + up'],
    // A noun's last character takes the sense CC-CEDICT marks as a suffix's.
    ['贸促会', 'n', /^trade \+ .* \+ union$/],
    ['联控', 'n', 'ally oneself with + control'],
    // A gloss's first item is taken after its parentheses: "net (income, exports etc)".
    ['净增', 'v', 'net + increase'],
    // Characters that each head the longer words they end list them (各省市区, 县市区), though two
    // make a word besides (市区 "urban district"); not where the pair is the commoner word (省政府).
    ['省市区', 'n', 'province + city + district'],
    ['县市区', 'n', 'county + city + district'],
    ['省政府', 'n', 'province + government'],
    ['群防群治', null, /^group \+ (?:defend|protect) \+ (?:group|crowd) \+ rule$/],
    ['综治', 'n', 'synthesize + rule'],
    ['华商', 'n', 'China + commerce'],
    ['港人治港', 'n', 'Hong Kong person or people + rule + Hong Kong'],
    ['四中全会', 'n', 'fourth plenum of a national congress of the Chinese Communist Party (like 三中全会)'],
    // A number in a set phrase whose listed sibling's gloss does not name it is said (三位一体 "trinity").
    ['五位一体', null, 'trinity, with five for three (like 三位一体)'],
    // Of a three-character word's splits, the one whose lone character is the likelier affix:
    // 药 ends 安眠药, 中成药 (中 starts few such words: 中国人 is 中国 + 人); 非 starts 非金属, 非正式.
    ['中医药', 'n', 'traditional Chinese medical science + medicine'],
    ['中药材', 'n', 'traditional Chinese medicine + material'],
    // In a four-character phrase the lone characters after the first are words in their own
    // sense: 作 "do" (not "writings", as it ends 著作), 于 a preposition (not "than" as in 大于).
    ['善作善成', null, 'good + do + good + succeed'],
    ['取信于民', null, 'win the trust of + in + people'],
    ['强企强链', null, 'strong + company + strong + chain'],
    ['老有所养', null, 'old + some extent + raise'],
    // A character that is nothing but a place's name is that place, without CC-CEDICT's notation.
    ['出陇出海', null, 'arise + Gansu province + go out to sea'],
    // A place's character with a direction, as CC-CEDICT reads another place's (滇东).
    ['陇东', null, 'east Gansu (like 滇东)'],
  ] as const)('%s → %s', (word, head, meaning) => {
    expect(lookup(word).filter((e) => !e.weak)).toEqual([]);
    const composed = composedMeaning(word, head);
    expect(composed).not.toBeNull();
    if (typeof meaning === 'string') expect(composed!.definition).toBe(meaning);
    else expect(composed!.definition).toMatch(meaning);
  });

  it("reads a last character as the article's own dictionary words ending in it do", () => {
    // sichuan-gov-notice-2014-self-inspection.txt lists 农业厅, 民政厅 beside 科技厅 and 建设厅.
    expect(composedMeaning('科技厅', 'n', ['农业厅', '民政厅', '科技厅'])!.definition).toBe('science and technology + provincial government department');
    expect(composedMeaning('科技厅', 'n')!.definition).toMatch(/^science and technology \+ /);
  });

  it.each([
    // The reading the card shows decides which of a part's readings lends its sense.
    ['日均', 'ri4 jun1', /^day \+ /, /Japan/],
    ['中小城市', 'zhong1 xiao3 cheng2 shi4', /^middle \+ small \+ city$/, /China/],
    ['西线', 'xi1 xian4', /^west \+ /, /West/],
    ['定为', 'ding4 wei2', / \+ act as$/, /because/],
    ['东西部', 'dong1 xi1 bu4', /^east and west \+ /, /thing|person/],
    // 率 lǜ "rate" as the context reader reads 满意率, not shuài "rash".
    ['满意率', 'man3 yi4 lu:4', /^satisfied \+ ratio$/, /rash/],
    ['非常规', 'fei1 chang2 gui1', /^non- \+ /, /very|Africa/],
    // Read in lower case, a proper noun's sense still lends where the longer words mostly use it
    // at that end (华 Huá "China" begins 53 % of them, huá "magnificent" 1 %): 华商, 美国防部.
    ['华商', 'hua2 shang1', /^China \+ commerce$/, /magnificent/],
    ['美国防部', 'mei3 guo2 fang2 bu4', /^USA \+ /, /beautiful/],

  ] as const)('%s read %s: the parts as read there', (word, reading, shown, never) => {
    const definition = composedMeaning(word, null, [], reading)!.definition;
    expect(definition).toMatch(shown);
    expect(definition).not.toMatch(never);
  });

  it('reads a character as the place it abbreviates where the article names that place (CC-CEDICT: "short name for Shanxi province 山西")', () => {
    // shanxi-gov-work-report-2026-part1.txt: 三晋, 晋北 beside 山西省.
    expect(composedMeaning('三晋', 'n', ['山西省'], 'san1 jin4')!.definition).toBe('three + Shanxi province');
    expect(composedMeaning('晋北', 'n', ['山西省'], 'jin4 bei3')!.definition).toBe('northern Shanxi province (like 陕北)');
    // Not where the article does not name it, nor where the longer words use the common sense
    // there: 新 "new" in 新篇 of a text that names 新疆 (xwlb, the communiqué).
    expect(composedMeaning('三晋', 'n', [], 'san1 jin4')!.definition).not.toMatch(/Shanxi/);
    expect(composedMeaning('新篇', 'n', ['新疆'], 'xin1 pian1')!.definition).toBe('new + sheet');
  });

  it("lends no proper noun's sense to a name's piece whose common reading only transliterates (欧尔 of 欧尔班)", () => {
    expect(composedMeaning('欧尔', null, [], 'ou1 er3')?.definition ?? '').not.toMatch(/Europe/);
  });

  it("a field's sense lends its general one, and names in the article's glosses are no votes", () => {
    // 点 ends 小数点 "(math.) decimal point", 出发点, 转折点 (新闻联播, 2024-03-05: 示范点).
    expect(composedMeaning('示范点', 'n')!.definition).toBe('show how to do sth + point');
    // 国务院新闻办公室 "… of China" beside it does not make 室 "one of the 28 constellations of Chinese astronomy".
    expect(composedMeaning('国务院研究室', 'n', ['国务院新闻办公室', '国务院研究室'])!.definition).toBe('State Council + research + room');
  });

  it('never lends a part its surname sense', () => {
    // 党 is also "surname Dang"; 全 "surname Quan".
    expect(composedMeaning('党建', 'n')!.definition).not.toMatch(/surname/i);
    expect(composedMeaning('全党', null)!.definition).not.toMatch(/surname/i);
  });

  it('gives nothing where a part is known to no dictionary', () => {
    expect(composedMeaning('𠀀𠀁', null)).toBeNull();
    expect(composedMeaning('党', null)).toBeNull();
  });
});
