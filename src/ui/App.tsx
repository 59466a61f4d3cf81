import React, { useReducer } from 'react';
import { Box, useApp, useInput } from 'ink';
import type { Grade } from '../srs/types.js';
import type { ReviewController } from './controller.js';
import { commandFor, keyOf, type Command, type KeyInfo } from './keys.js';
import { Overview, type DeckRow } from './Overview.js';
import { ReviewScreen } from './ReviewScreen.js';
import { Summary } from './Summary.js';
import { Help } from './Help.js';
import { ColorProvider } from './theme.js';
import { useTerminalSize } from './use-terminal-size.js';
import { trace } from '../trace.js';
import {
  againRate,
  answeredCount,
  initialSession,
  sessionReducer,
  timeSpentMs,
  type QueueStep,
  type SessionAction,
  type SessionState,
} from './session-reducer.js';

/** How often the card on screen is checked against the collection (another window may have answered it). */
const RECHECK_MS = 1000;

export interface AppProps {
  controller: ReviewController;
  /** Decks named on the command line: the session starts at once, without the overview. */
  decks: string[] | null;
  /** The session's first step when the caller already started it (to draw it before Ink loaded). */
  initialStep?: QueueStep;
  /** The overview's rows when the caller already read them (likewise). */
  initialOverview?: DeckRow[];
  typingMode: boolean;
  color: boolean;
  /** The clock (read at each key press); tests pass a fixed one. */
  clock?: () => Date;
  /** Called once when the learner quits, with the session's final state. */
  onQuit?: (state: SessionState) => void;
}

/** The composition root of the review screen: keys → controller → reducer → screens. */
export function App({ controller, decks, initialStep, initialOverview, typingMode, color, clock = () => new Date(), onQuit }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [overview] = React.useState<DeckRow[]>(() => (decks === null ? (initialOverview ?? controller.overview(clock())) : []));
  const [state, dispatch] = useReducer(sessionReducer, null, () => {
    const s = initialSession({ typingMode });
    if (decks === null) return s;
    const now = clock();
    return sessionReducer(s, { type: 'start', now: now.getTime(), step: initialStep ?? controller.start(decks, now) });
  });
  // The input handler reads the state through this ref, updated at once by apply(): keys
  // typed faster than React renders (several in one read) each see the previous key's effect.
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const apply = (action: SessionAction) => {
    stateRef.current = sessionReducer(stateRef.current, action);
    dispatch(action);
  };

  const afterStep = (step: QueueStep, now: Date) => {
    if (step.item === null) apply({ type: 'finish', now: now.getTime(), dueTomorrow: controller.dueTomorrow(now) });
  };

  // Just after a card is drawn: its intervals and the fresh counts (see ReviewController.details).
  const itemId = state.item?.card.id ?? null;
  const needsDetails = (state.item !== null && state.item.intervals === null) || state.countsStale;
  React.useEffect(() => {
    if (!needsDetails) return;
    const timer = setTimeout(() => {
      try {
        apply({ type: 'refreshed', cardId: itemId, details: controller.details(itemId, clock()) });
      } catch (err) {
        exit(err instanceof Error ? err : new Error(String(err)));
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [itemId, needsDetails]);

  // Another review screen on this collection may answer the card on screen: look once a second
  // (a row read), and move on when it did, so that two windows never both show a card one answered.
  const showing = state.phase === 'front' || state.phase === 'back';
  React.useEffect(() => {
    if (!showing) return;
    const timer = setInterval(() => {
      try {
        const now = clock();
        const step = controller.recheck(now);
        if (step === null) return;
        apply({ type: 'elsewhere', now: now.getTime(), step });
        afterStep(step, now);
      } catch (err) {
        exit(err instanceof Error ? err : new Error(String(err)));
      }
    }, RECHECK_MS);
    return () => clearInterval(timer);
  }, [showing, itemId]);

  // Learning cards that come due after the queue ran dry: wait for them on the summary.
  React.useEffect(() => {
    if (state.phase !== 'summary' || state.waitUntil === null) return;
    const timer = setTimeout(() => {
      try {
        const now = clock();
        const step = controller.resume(now);
        if (step.item !== null || step.waitUntil !== state.waitUntil) apply({ type: 'start', now: now.getTime(), step });
      } catch (err) {
        exit(err instanceof Error ? err : new Error(String(err)));
      }
    }, Math.max(0, state.waitUntil - clock().getTime()) + 500);
    return () => clearTimeout(timer);
  }, [state.phase, state.waitUntil]);

  const run = (cmd: Command) => {
    const s = stateRef.current;
    const now = clock();
    const t = now.getTime();
    const item = s.item;
    const duration = s.shownAt === null ? 0 : Math.max(0, t - s.shownAt);
    const grade = (g: Grade) => {
      if (item === null) return;
      const step = controller.answer(item.card.id, g, now, Math.min(duration, 60_000));
      apply({ type: 'answered', grade: g, now: t, step });
      afterStep(step, now);
    };
    switch (cmd.kind) {
      case 'start': {
        const chosen = s.cursor === 0 ? null : [overview[s.cursor - 1]!.name];
        const step = controller.start(chosen, now);
        apply({ type: 'start', now: t, step });
        afterStep(step, now);
        return;
      }
      case 'cursor':
        return apply({ type: 'cursor', delta: cmd.delta, rows: overview.length + 1 });
      case 'reveal': {
        // Not the answer of a card another window has just answered: the next card instead.
        const gone = controller.recheck(now);
        if (gone === null) return apply({ type: 'reveal', now: t });
        apply({ type: 'elsewhere', now: t, step: gone });
        afterStep(gone, now);
        return;
      }
      case 'grade':
        return grade(cmd.grade);
      case 'accept':
        return grade(s.typing.suggested ?? 3);
      case 'undo': {
        const step = controller.undo(now);
        if (step !== null) apply({ type: 'undone', now: t, step });
        return;
      }
      case 'suspend':
      case 'bury':
      case 'retire': {
        if (item === null) return;
        const step = controller[cmd.kind](item.card.id, now);
        apply({ type: 'removed', action: cmd.kind, now: t, step });
        afterStep(step, now);
        return;
      }
      case 'help':
        return apply({ type: 'toggleHelp' });
      case 'quit':
        onQuit?.(s);
        return exit();
      case 'type':
        return apply({ type: 'type', text: cmd.text });
      case 'backspace':
        return apply({ type: 'backspace' });
      case 'submitTyping':
        return apply({ type: 'submitTyping', now: t });
    }
  };

  useInput((input, key) => {
    trace(`key ${JSON.stringify(input)}`);
    // Ink hands a run of plain characters over as one input (fast typing, paste): take them one by one.
    const presses: Array<[string, KeyInfo]> = input.length > 1 && !key.ctrl && !key.meta ? [...input].map((ch) => [ch, keyOf(ch)]) : [[input, key]];
    try {
      for (const [ch, k] of presses) {
        const s = stateRef.current;
        const cmd = commandFor(ch, k, { phase: s.phase, typingMode: s.typingMode, help: s.help });
        if (cmd !== null) run(cmd);
        if (cmd?.kind === 'quit') return;
      }
    } catch (err) {
      // A failed save must not look like a saved one: leave the screen and report it.
      exit(err instanceof Error ? err : new Error(String(err)));
    }
  });

  trace('App rendered');
  // One line short of the terminal: Ink clears the whole screen (a flicker) when output fills it.
  const height = Math.max(10, rows - 1);
  return (
    <ColorProvider color={color}>
      <Box flexDirection="column" width={columns} height={height} overflow="hidden">
        {state.help ? (
          <Help />
        ) : state.phase === 'overview' ? (
          <Overview decks={overview} cursor={state.cursor} columns={columns} />
        ) : state.phase === 'summary' ? (
          <Summary
            answered={answeredCount(state)}
            againRate={againRate(state)}
            timeSpentMs={timeSpentMs(state)}
            dueTomorrow={state.dueTomorrow}
            waitUntil={state.waitUntil}
          />
        ) : (
          <ReviewScreen state={state} columns={columns} rows={height} />
        )}
      </Box>
    </ColorProvider>
  );
}
