import React, { createContext, useContext } from 'react';

/**
 * Whether the screen may use colour. chalk (under Ink) does not read NO_COLOR, so
 * colour is decided once at the edge (CommandContext.color) and every component
 * asks `useColor()` before setting one.
 */
const ColorContext = createContext<boolean>(true);

export function ColorProvider({ color, children }: { color: boolean; children: React.ReactNode }) {
  return <ColorContext.Provider value={color}>{children}</ColorContext.Provider>;
}

/** Returns a function that passes a colour through only when colour is on. */
export function useColor(): (c: string) => string | undefined {
  const on = useContext(ColorContext);
  return (c: string) => (on ? c : undefined);
}
