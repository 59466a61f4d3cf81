import React from 'react';
import { renderToString } from 'ink';
import { ReviewScreen } from './ReviewScreen.js';
import { initialSession, type ReviewItem, type SessionState } from './session-reducer.js';
import { ColorProvider } from './theme.js';

/**
 * Draws a card's answer side once off screen and throws the picture away. The first text Ink
 * lays out sets up string-width's grapheme segmenter and emoji pattern and runs the answer
 * side's code for the first time, some 50–100 ms; done while the learner reads the first card,
 * the first reveal need not wait for it.
 */
export function warmAnswerSide(item: ReviewItem, columns: number, rows: number, color: boolean): void {
  const state: SessionState = { ...initialSession({ typingMode: false }), phase: 'back', item };
  renderToString(
    <ColorProvider color={color}>
      <ReviewScreen state={state} columns={columns} rows={rows} />
    </ColorProvider>,
    { columns },
  );
}
