import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { renderStats, forecastChart, heatmap } from '../../src/ui/stats-view.js';
import type { Stats } from '../../src/store/types.js';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.UTC(2026, 0, 15) + offset * DAY).toISOString().slice(0, 10);

const stats: Stats = {
  cards: { total: 120, new: 80, learning: 5, review: 30, suspended: 3, known: 2 },
  reviews: { total: 400, today: 25 },
  retention: { days: 30, reviews: 200, passed: 178, rate: 0.89 },
  forecast: Array.from({ length: 30 }, (_, i) => ({ day: day(i), due: i === 0 ? 40 : i % 3 === 0 ? 12 : i % 5 === 0 ? 0 : 5 })),
  heatmap: [
    { day: day(-60), reviews: 10 },
    { day: day(-2), reviews: 80 },
    { day: day(-1), reviews: 20 },
    { day: day(0), reviews: 25 },
  ],
};

describe('renderStats', () => {
  it('shows the figures of --json readably', () => {
    const text = renderStats(stats, { color: false, width: 80 });
    expect(text).toContain('120 in all: 80 new, 5 learning, 30 review, 3 suspended, 2 known');
    expect(text).toContain('reviews: 400 in all, 25 today');
    expect(text).toContain('true retention (30 days): 89.0% (178 of 200 reviews passed)');
  });

  it('fits 80 columns and uses no escape codes without colour', () => {
    const text = renderStats(stats, { color: false, width: 80 });
    expect(text).not.toContain('\x1b');
    for (const line of text.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it('colours only when asked', () => {
    expect(renderStats(stats, { color: true, width: 80 })).toContain('\x1b[');
  });

  it('draws the forecast as bars: the tallest day reaches the top row, today labels the axis', () => {
    const lines = forecastChart(stats, { color: false, width: 80 });
    expect(lines[1]).toMatch(/^40 │█/);
    expect(lines.at(-1)).toMatch(/today\s+\+7\s+\+14\s+\+21\s+\+28/);
    // Day 5 (0 due) is empty on the bottom row; day 1 (5 due) has a sliver.
    const bottom = lines[8]!.slice(lines[8]!.indexOf('│') + 1);
    const col = 2;
    expect(bottom[5 * col]).toBe(' ');
    expect(bottom[1 * col]).not.toBe(' ');
  });

  it('marks review days on the calendar, the busiest darkest, and nothing after today', () => {
    const lines = heatmap(stats, { color: false, width: 80 }, day(0));
    expect(lines[0]).toContain('Reviews, last 37 weeks');
    const grid = lines.slice(2, 9).join('\n');
    expect(grid).toContain('█'); // 80 reviews: the busiest day
    expect(grid.match(/[░▒▓█]/g)).toHaveLength(4);
    expect(lines.at(-1)).toContain('4 days with reviews, 34 a day');
  });

  it('says so when nothing is due', () => {
    const empty = { ...stats, forecast: stats.forecast.map((f) => ({ ...f, due: 0 })), retention: { days: 30 as const, reviews: 0, passed: 0, rate: null } };
    const text = renderStats(empty, { color: false, width: 80 });
    expect(text).toContain('nothing due');
    expect(text).toContain('no reviews of mature cards yet');
  });
});
