import type { GraphNode } from './types.js';

export interface SearchBoxOptions {
  input: HTMLInputElement;
  search(text: string): Promise<GraphNode[]>;
  onSelect(entity: GraphNode): void;
  /** @default 150 */
  debounceMs?: number;
}

let boxCount = 0;

/**
 * Turns a text input into an ARIA combobox over fuzzy entity search: typing lists matches,
 * ArrowDown/ArrowUp move through them, Enter picks one, Escape closes the list.
 */
export function attachSearchBox({ input, search, onSelect, debounceMs = 150 }: SearchBoxOptions) {
  const listId = `${input.id || `search-${++boxCount}`}-options`;
  const list = document.createElement('ul');
  list.id = listId;
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Matching entities');
  list.hidden = true;
  input.after(list);
  input.parentElement?.classList.add('combobox');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  let hits: GraphNode[] = [];
  let hitsFor = ''; // the text `hits` answer
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0; // answers to older keystrokes are dropped

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (hit: GraphNode | undefined) => {
    if (!hit) return;
    input.value = hit.name;
    close();
    onSelect(hit);
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('li').forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        input.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({ block: 'nearest' });
      }
    });
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const li = document.createElement('li');
        li.id = `${listId}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const name = document.createElement('span');
        name.textContent = hit.name;
        const type = document.createElement('small');
        type.textContent = hit.type;
        li.append(name, type);
        // mousedown, not click: the input keeps its focus and the list does not close first
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(hit);
        });
        return li;
      }),
    );
    if (hits.length === 0) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = 'No entity matches';
      list.append(li);
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };
  /** Searches and shows the matches; false when a later keystroke made the answer stale. */
  const lookUp = async (text: string): Promise<boolean> => {
    const mine = ++asked;
    try {
      const found = await search(text);
      if (mine !== asked) return false;
      hits = found;
      hitsFor = text;
      render();
      return true;
    } catch {
      if (mine === asked) close();
      return false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      asked++;
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => void lookUp(text), debounceMs);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden || hits.length === 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      const text = input.value.trim();
      if (!text) return;
      e.preventDefault();
      if (hitsFor === text) return choose(hits[Math.max(active, 0)]);
      // Enter before the debounced search answered: search now and take the best match
      clearTimeout(timer);
      void lookUp(text).then((current) => current && choose(hits[0]));
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => close());

  return {
    /** Sets the text without searching (e.g. the entity restored from the URL). */
    setText(text: string) {
      input.value = text;
      close();
    },
  };
}
