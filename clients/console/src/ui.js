// The one place the console imports its view library from: Preact with htm, served from its WebJar.
// htm builds elements, never parses HTML, so a user's text is always a text node.
export {html, render, useState, useEffect, useLayoutEffect, useRef, useCallback, useMemo, createContext, useContext}
  from './lib/preact/standalone.module.js';
