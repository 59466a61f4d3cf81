import React from 'react';
import { Box, Text } from 'ink';
import { AnswerBar } from './AnswerBar.js';
import { CardBack } from './CardBack.js';
import { CardFront } from './CardFront.js';
import { StatusBar } from './StatusBar.js';
import { TypingPrompt } from './TypingPrompt.js';
import { progress, type SessionState } from './session-reducer.js';
import { FRONT_HINT } from './first-frame.js';

const STATE_NAMES = { new: 'new', learning: 'learning', review: 'review', relearning: 'relearning' } as const;

/** One card of the session, front or back, between the status bar and the answer bar. */
export function ReviewScreen({ state, columns, rows }: { state: SessionState; columns: number; rows: number }) {
  const item = state.item;
  if (item === null) return null;
  const back = state.phase === 'back';
  const typing = state.typingMode;
  // Meanings get what the screen spares: 4 lines at 24 rows, more on taller terminals.
  const maxMeanings = Math.max(2, Math.min(10, rows - 20 - (typing ? 3 : 0) + 4));
  return (
    <Box flexDirection="column" height={rows}>
      <StatusBar
        counts={state.counts}
        progress={progress(state)}
        columns={columns}
        title={`${item.deckName} · ${STATE_NAMES[item.state]} card`}
      />
      <Box flexDirection="column" flexGrow={1} justifyContent={back ? 'flex-start' : 'center'} marginTop={1}>
        {back ? <CardBack card={item.card} sourceTitle={item.sourceTitle} maxMeanings={maxMeanings} /> : <CardFront card={item.card} />}
        {typing && (
          <Box marginTop={1}>
            <TypingPrompt typed={state.typing.typed} result={state.typing.result} suggested={state.typing.suggested} />
          </Box>
        )}
      </Box>
      <Box flexDirection="column" paddingX={1}>
        <Text dimColor wrap="truncate-end">
          {state.notice ?? ' '}
        </Text>
        {back ? (
          <AnswerBar intervals={item.intervals} preferred={state.typing.suggested ?? 3} />
        ) : (
          <Text dimColor>{typing ? 'enter: check · tab: skip · ?: keys · esc: quit' : FRONT_HINT}</Text>
        )}
      </Box>
    </Box>
  );
}
