import React, { useReducer } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import { GuanhuaError } from '../errors.js';
import type { DayClock } from '../srs/types.js';
import type { SearchResult } from '../store/manage-types.js';
import type { BrowseController } from './browse-controller.js';
import { BROWSE_KEY_HELP, browseCommandFor, type BrowseCommand, type BrowseKeyInfo } from './browse-keys.js';
import { browseReducer, highlighted, initialBrowse, type BrowseAction, type BrowseState } from './browse-reducer.js';
import { CARD_HINT, countLabel, LIST_HINT, listRowsFor } from './browse-text.js';
import { CardList } from './CardList.js';
import { CardPage } from './CardPage.js';
import { Help } from './Help.js';
import { keyOf } from './keys.js';
import { ColorProvider, useColor } from './theme.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface BrowseAppProps {
  controller: BrowseController;
  /** The list for the empty search, read before Ink loaded. */
  initial: SearchResult;
  /** The learner's day and zone, for dates and times. */
  clock: DayClock;
  color: boolean;
  /** The clock (read at each key press); tests pass a fixed one. */
  now?: () => Date;
}

const INPUT_HINT = { reading: 'reading, tone numbers (zhi2 fa3)', meaning: 'meanings, separated by ;' } as const;

/** The composition root of the browse screen: keys → controller → reducer → list or card. */
export function BrowseApp({ controller, initial, clock, color, now = () => new Date() }: BrowseAppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [state, dispatch] = useReducer(browseReducer, initial, (r) => initialBrowse(r));
  // Keys faster than React renders each see the one before (as in App.tsx).
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const apply = (action: BrowseAction) => {
    stateRef.current = browseReducer(stateRef.current, action);
    dispatch(action);
  };
  const height = Math.max(10, rows - 1);
  const listRows = listRowsFor(rows);

  // The search runs once the keys typed together are in: one search for a run of keys.
  const search = (query: string) => {
    apply({ type: 'typed', query });
    setTimeout(() => {
      if (stateRef.current.query !== query) return;
      try {
        apply({ type: 'results', query, result: controller.search(query, now()) });
      } catch (err) {
        exit(err instanceof Error ? err : new Error(String(err)));
      }
    }, 0);
  };

  const open = (id: string | undefined) => {
    if (id === undefined) return;
    const detail = controller.detail(id, now());
    if (detail !== undefined) apply({ type: 'opened', detail });
  };

  /** After a change: the card and the list as they are now. */
  const edited = (notice: string, id: string) => {
    const t = now();
    apply({ type: 'edited', notice, detail: controller.detail(id, t) ?? null, result: controller.search(stateRef.current.shownQuery, t) });
  };

  const run = async (cmd: BrowseCommand) => {
    const s = stateRef.current;
    const id = s.detail?.id;
    switch (cmd.kind) {
      case 'type':
        if (s.input) return apply({ type: 'inputText', text: s.input.text + cmd.text });
        return search(s.query + cmd.text);
      case 'backspace':
        if (s.input) return apply({ type: 'inputText', text: [...s.input.text].slice(0, -1).join('') });
        return search([...s.query].slice(0, -1).join(''));
      case 'clear':
        return search('');
      case 'move':
      case 'page': {
        const delta = cmd.kind === 'page' ? cmd.delta * listRows : cmd.delta;
        apply({ type: 'move', delta, rows: listRows });
        if (s.view === 'card') open(highlighted(stateRef.current)?.id);
        return;
      }
      case 'open':
        return open(highlighted(s)?.id);
      case 'back':
        return apply({ type: 'back' });
      case 'help':
        return apply({ type: 'toggleHelp' });
      case 'quit':
        return exit();
      case 'cancel':
        return apply({ type: 'cancelInput' });
      case 'suspend':
      case 'known':
        if (id === undefined) return;
        return edited(cmd.kind === 'suspend' ? controller.toggleSuspend(id, now()) : controller.toggleKnown(id, now()), id);
      case 'forget':
        if (id === undefined) return;
        if (!s.confirmForget) return apply({ type: 'askForget' });
        return edited(await controller.forget(id, now()), id);
      case 'fix': {
        const card = s.detail?.card;
        if (!card) return;
        return apply({ type: 'startInput', field: cmd.field, text: cmd.field === 'reading' ? card.pinyinNumbered : card.definitions.join('; ') });
      }
      case 'submit':
        if (id === undefined || s.input === null) return;
        return edited(controller.correct(id, s.input.field, s.input.text, now()), id);
    }
  };

  useInput((input, key) => {
    for (const [ch, k] of pressesOf(input, key)) {
      const s = stateRef.current;
      const cmd = browseCommandFor(ch, k, { view: s.view, help: s.help, input: s.input !== null, emptyQuery: s.query === '' });
      if (cmd === null) continue;
      run(cmd).catch((err: unknown) => {
        // A correction or change the collection refuses is a line on screen; anything else ends the screen.
        if (err instanceof GuanhuaError) apply({ type: 'failed', notice: err.message });
        else exit(err instanceof Error ? err : new Error(String(err)));
      });
      if (cmd.kind === 'quit') return;
    }
  });

  return (
    <ColorProvider color={color}>
      <Box flexDirection="column" width={columns} height={height} overflow="hidden">
        {state.help ? <Help lines={BROWSE_KEY_HELP} /> : <Screen state={state} listRows={listRows} columns={columns} now={now()} clock={clock} />}
      </Box>
    </ColorProvider>
  );
}

/**
 * Ink hands a run of characters over as one input (fast typing, a paste, an input method's word):
 * text stays one press (one search), a run with enter or backspace in it is taken key by key.
 */
function pressesOf(input: string, key: BrowseKeyInfo): Array<[string, BrowseKeyInfo]> {
  if (input.length <= 1 || key.ctrl || key.meta || !/[\r\n\x7f\b]/.test(input)) return [[input, key]];
  return [...input].map((ch) => [ch, keyOf(ch)]);
}

function Screen({ state, listRows, columns, now, clock }: { state: BrowseState; listRows: number; columns: number; now: Date; clock: DayClock }) {
  const color = useColor();
  return (
    <>
      <Box justifyContent="space-between" paddingX={1}>
        <Text wrap="truncate-end">
          <Text bold color={color('cyan')}>search › </Text>
          {state.query}
          {state.view === 'list' && state.input === null ? <Text inverse> </Text> : null}
        </Text>
        <Text dimColor>{countLabel(state.cards.length, state.total)}</Text>
      </Box>
      <Box flexDirection="column" flexGrow={1} marginTop={1}>
        {state.view === 'card' && state.detail !== null ? (
          <CardPage detail={state.detail} rows={listRows} now={now} clock={clock} />
        ) : (
          <CardList cards={state.cards} cursor={state.cursor} top={state.top} rows={listRows} columns={columns} now={now} clock={clock} />
        )}
      </Box>
      <Box flexDirection="column" paddingX={1}>
        <Text dimColor wrap="truncate-end">
          {state.notice ?? ' '}
        </Text>
        {state.input !== null ? (
          <Text wrap="truncate-end">
            <Text bold>{INPUT_HINT[state.input.field]} › </Text>
            {state.input.text}
            <Text inverse> </Text>
            <Text dimColor> enter saves · esc cancels</Text>
          </Text>
        ) : (
          <Text dimColor wrap="truncate-end">{state.view === 'card' ? CARD_HINT : LIST_HINT}</Text>
        )}
      </Box>
    </>
  );
}
