// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublicQuestion } from '../../../shared/contract';
import { renderResidentPage } from '../../../electron/host/resident/page';
import { RESIDENT_SCRIPT } from '../../../electron/host/resident/page-script';

/**
 * The residents' page script in a DOM (issue 12): the shown list refreshes in place, so a phone
 * keeps its nodes and focus and never loses a "me too" tap to a redraw. The laptop is a fake
 * XMLHttpRequest answered by hand.
 */

interface Sent {
  method: string;
  url: string;
  body: unknown;
  answer(status: number, data: unknown): void;
}
let sent: Sent[] = [];

class FakeXhr {
  readyState = 0;
  status = 0;
  responseText = '';
  timeout = 0;
  onreadystatechange: (() => void) | null = null;
  private method = '';
  private url = '';
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader() {}
  send(body: string | null) {
    sent.push({
      method: this.method,
      url: this.url,
      body: body ? JSON.parse(body) : null,
      answer: (status, data) => {
        this.status = status;
        this.responseText = JSON.stringify(data);
        this.readyState = 4;
        this.onreadystatechange?.();
      },
    });
  }
}

const q = (id: string, text: string, raised: number): PublicQuestion => ({ id, number: 1, text, raised, topic: null });

function load(questions: PublicQuestion[], supported: string[] = []) {
  const html = renderResidentPage({ code: 'ABCD-EFGH', language: 'en', languages: ['en', 'es'], title: 'Town hall', topics: [], areas: [], questions, supported: new Set(supported) });
  document.body.innerHTML = /<body>([\s\S]*)<script/.exec(html)![1];
  (window as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = FakeXhr;
  new Function(RESIDENT_SCRIPT)();
}
const lists = () => sent.filter((s) => s.method === 'GET' && s.url.includes('/questions'));
/** Answers the newest list request with `questions`. */
function answerList(questions: PublicQuestion[], supported: string[] = []) {
  const pending = lists();
  pending[pending.length - 1].answer(200, { questions, supported });
}
const items = () => [...document.querySelectorAll('#shown li')] as HTMLLIElement[];
const texts = () => items().map((li) => li.querySelector('p')?.textContent ?? li.textContent);
const button = (li: Element) => li.querySelector('button') as HTMLButtonElement;

beforeEach(() => {
  sent = [];
  localStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe("residents' page script: the shown list", () => {
  it('keeps the same nodes and updates only counts, adds new questions and drops hidden ones', () => {
    load([q('a', 'Lights on Halsted?', 3), q('b', 'Bus 9 late?', 1)]);
    const [a, b] = items();
    answerList([q('a', 'Lights on Halsted?', 4), q('b', 'Bus 9 late?', 1), q('c', 'Park hours?', 1)]);
    expect(texts()).toEqual(['Lights on Halsted?', 'Bus 9 late?', 'Park hours?']);
    expect(items()[0]).toBe(a);
    expect(items()[1]).toBe(b);
    expect(a.querySelector('.count')!.textContent).toBe('4 raised');

    vi.advanceTimersByTime(10_000); // the next poll
    answerList([q('c', 'Park hours?', 1)]);
    expect(texts()).toEqual(['Park hours?']);
    vi.advanceTimersByTime(10_000);
    answerList([]);
    expect(texts()).toEqual(['No questions are shown yet.']);
    vi.advanceTimersByTime(10_000);
    answerList([q('d', 'Who fixes the alley?', 1)]);
    expect(texts()).toEqual(['Who fixes the alley?']);
  });

  it('gives focus back to a button whose question moved up the list', () => {
    load([q('a', 'First', 2), q('b', 'Second', 1)]);
    const second = button(items()[1]);
    second.focus();
    expect(document.activeElement).toBe(second);
    answerList([q('b', 'Second', 3), q('a', 'First', 2)]);
    expect(texts()).toEqual(['Second', 'First']);
    expect(button(items()[0])).toBe(second);
    expect(document.activeElement).toBe(second);
  });

  it('changes nothing under a finger: an update waits until just after the tap, and the tap is sent', () => {
    load([q('a', 'First', 1), q('b', 'Second', 1)]);
    const target = button(items()[1]);
    target.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    answerList([q('b', 'Second', 5), q('a', 'First', 1), q('c', 'Third', 1)]); // a poll lands mid-tap
    expect(texts()).toEqual(['First', 'Second']);
    target.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    target.click();
    const support = sent.find((s) => s.url.includes('/support'))!;
    expect(support.body).toMatchObject({ questionId: 'b' });
    expect(target.disabled).toBe(true);
    vi.advanceTimersByTime(400);
    expect(texts()).toEqual(['Second', 'First', 'Third']);
    expect(button(items()[0])).toBe(target);
  });

  it('sends a me too once, says so, and retries a failed one with the same clientId', () => {
    load([q('a', 'First', 1)]);
    const b = button(items()[0]);
    b.click(); // the server-rendered form's submit goes through the script
    b.click(); // a double tap sends nothing more
    let supports = sent.filter((s) => s.url.includes('/support'));
    expect(supports).toHaveLength(1);
    supports[0].answer(503, null);
    expect(b.disabled).toBe(false);
    b.click();
    supports = sent.filter((s) => s.url.includes('/support'));
    expect(supports).toHaveLength(2);
    expect((supports[1].body as { clientId: string }).clientId).toBe((supports[0].body as { clientId: string }).clientId);
    supports[1].answer(200, { questionId: 'a', counted: true });
    expect(b.textContent).toBe('You said me too');
    expect(b.disabled).toBe(true);
    answerList([q('a', 'First', 2)], ['a']);
    expect(items()[0].querySelector('.count')!.textContent).toBe('2 raised');
    expect(button(items()[0])).toBe(b);
    expect(b.disabled).toBe(true);
  });
});

describe("residents' page script: the question box", () => {
  it('says how many characters are too many once the question is over 500, and clears "Sent" when the next one is typed', () => {
    load([]);
    const box = document.getElementById('q') as HTMLTextAreaElement;
    const left = document.getElementById('left')!;
    box.value = 'When will the lights on 63rd be fixed?';
    box.dispatchEvent(new Event('input'));
    expect(left.textContent).toBe(`${500 - box.value.length} characters left`);
    box.value = 'x'.repeat(844);
    box.dispatchEvent(new Event('input'));
    expect(left.textContent).toBe('344 characters too many: please shorten it.');
    expect(left.className).toContain('over');

    box.value = 'Short question about the park?';
    (document.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    const ask = sent.find((s) => s.method === 'POST' && s.url.includes('/questions'))!;
    ask.answer(200, { id: 'q1', number: 1, visibility: 'pending' });
    const status = document.querySelector('.status')!;
    expect(status.textContent).toBe('Sent. The moderator will see it.');
    box.value = 'Next';
    box.dispatchEvent(new Event('input'));
    expect(status.textContent).toBe('');
  });
});
