/**
 * The lead-in a news agency or broadcaster puts before a report's first sentence: a dateline
 * (新华社北京12月9日电（记者 唐霁）, 本报北京2月13日电, 本报讯（记者 …）) or a source line
 * (央视网消息（新闻联播）：). It says who filed the report, not what happened: it is neither
 * counted nor shown as an example. Shapes only, no list of agencies.
 */

const NUMBER = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** Source and place, the date, 电 or 讯, and a reporter's credit in brackets. */
const DATELINE = new RegExp(`^[\\p{Script=Han}]{1,14}?${NUMBER}月${NUMBER}日(?:电|讯)(?:\\s*[（(][^（）()]{0,40}[)）])?[\\s:：]*`, 'u');
const NEWS_FLASH = /^(?:本报|本刊|本台)讯(?:\s*[（(][^（）()]{0,40}[)）])?[\s:：]*/u;
/** 央视网消息（新闻联播）：, 新华网消息： */
const SOURCE_LINE = /^[\p{Script=Han}A-Za-z]{1,10}消息\s*(?:[（(][^（）()]{0,20}[)）])?\s*[：:]\s*/u;

/** The paragraph without its lead-in ('' when it was nothing else). */
export function dropLeadIn(paragraph: string): string {
  const m = DATELINE.exec(paragraph) ?? NEWS_FLASH.exec(paragraph) ?? SOURCE_LINE.exec(paragraph);
  return m ? paragraph.slice(m[0].length).trim() : paragraph;
}
