import { describe, expect, it } from 'vitest';
import { dropRepeats } from '../../src/text/repeats.js';

const CAPTION = '9月7日,全国公安厅局长座谈会在辽宁大连举行。图为座谈会前,孟建柱与各省市区公安厅局长合影。';
const P1 = '会议指出，就业是最基本的民生，事关人民群众切身利益，事关经济社会发展大局。';

describe('a line the page prints several times counts once', () => {
  it('a caption printed twice on one line, and again on the next', () => {
    expect(dropRepeats([`${CAPTION}   ${CAPTION}`, CAPTION, P1])).toEqual([CAPTION, P1]);
  });
  it('a sentence shared by two captions stays with the first only', () => {
    const second = '9月7日,全国公安厅局长座谈会在辽宁大连举行。图为孟建柱在大连市西岗区365市民大楼服务中心调研。';
    expect(dropRepeats([CAPTION, second])).toEqual([CAPTION, '图为孟建柱在大连市西岗区365市民大楼服务中心调研。']);
  });
  it('short sentences recur in any text and stay', () => {
    expect(dropRepeats(['会议强调。', P1, '会议强调。'])).toEqual(['会议强调。', P1, '会议强调。']);
  });
  it('a paragraph without repeats is kept as it stands, spaces and all', () => {
    const p = '新华社北京4月14日电　国务院总理主持召开国务院常务会议。 会议还研究了其他事项。';
    expect(dropRepeats([p])).toEqual([p]);
  });
});
