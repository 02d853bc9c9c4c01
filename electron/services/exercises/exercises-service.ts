import { randomUUID } from 'node:crypto';
import { ApiError, type ChangeEvent, refusedField } from '../../../shared/contract';
import { currentInject, elapsedMs, isOffTimeline, nextModuleClock, pauseClock, presentationOf, runClock, stoppedClock } from '../../../shared/logic';
import type { Entry, Exercise, Participant, Workspace } from '../../../shared/model';
import type { Handlers } from '../handlers';
import { byClientId, expectVersion } from '../versioning';
import type { StoreTx } from '../store/store-tx';
import { exerciseChanged, findExercise, getExercise, putExercise } from './exercise-records';
import { findScenario } from './scenarios-service';
import { needForEntry, withoutExerciseNeeds, dropEntryNeed, syncEntryNeed } from './exercise-needs';

function checkArea(tx: StoreTx, areaId: string | null | undefined): void {
  if (areaId && !tx.get('areas', areaId)) throw refusedField('areaId', 'unknownArea', 'That community area no longer exists. Choose another.');
}

const withIds = (participants: { id?: string; organization: string; role: string; name: string }[]): Participant[] =>
  participants.map((p) => ({ id: p.id ?? randomUUID(), organization: p.organization, role: p.role, name: p.name }));

type ControlAction = Parameters<Handlers['exercises.control']>[0]['action'];

/** The next state of the exercise for a console button, or an error saying why it cannot happen now. */
function control(e: Exercise, action: ControlAction, now: Date): Exercise {
  const at = now.toISOString();
  const refuse = (why: string): never => {
    throw new ApiError('conflict', why);
  };
  const lastModule = e.scenario.modules.length - 1;
  switch (action) {
    case 'start':
      if (e.status !== 'planned') refuse('This exercise has already started.');
      return { ...e, status: 'running', startedAt: at, clock: runClock(stoppedClock(), now) };
    case 'pause':
      if (e.status !== 'running') refuse('The exercise is not running.');
      return { ...e, status: 'paused', clock: pauseClock(e.clock, now) };
    case 'resume':
      if (e.status !== 'paused') refuse('The exercise is not paused.');
      return { ...e, status: 'running', clock: runClock(e.clock, now) };
    case 'next':
    case 'previous': {
      if (e.status === 'planned' || e.status === 'ended') refuse('Start the exercise before moving between modules.');
      const target = e.currentModule + (action === 'next' ? 1 : -1);
      if (target < 0 || target > lastModule) refuse(action === 'next' ? 'This is the last module.' : 'This is the first module.');
      const clock = nextModuleClock(e.clock, now, e.status === 'running');
      return { ...e, currentModule: target, clock, questionsOnScreen: false };
    }
    case 'end':
      if (e.status === 'planned' || e.status === 'ended') refuse('Only a running or paused exercise can be ended.');
      return { ...e, status: 'ended', endedAt: at, clock: pauseClock(e.clock, now) };
    case 'reopen':
      if (e.status !== 'ended') refuse('The exercise has not ended.');
      return { ...e, status: 'paused', endedAt: null };
    case 'showQuestions':
    case 'hideQuestions':
      return { ...e, questionsOnScreen: action === 'showQuestions' };
  }
}

export const exercisesHandlers: Pick<
  Handlers,
  | 'exercises.list'
  | 'exercises.get'
  | 'exercises.create'
  | 'exercises.update'
  | 'exercises.delete'
  | 'exercises.control'
  | 'exercises.inject'
  | 'exercises.capture'
  | 'exercises.updateEntry'
  | 'exercises.deleteEntry'
  | 'exercises.rate'
  | 'exercises.present'
> = {
  'exercises.list': async (_input, { store }) =>
    [...store.data.exercises]
      .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
      .map((e) => ({
        id: e.id,
        title: e.title,
        date: e.date,
        place: e.place,
        areaId: e.areaId,
        status: e.status,
        scenarioId: e.scenarioId,
        currentModule: e.currentModule,
        updatedAt: e.updatedAt,
        moduleCount: e.scenario.modules.length,
        entryCount: e.entries.length,
      })),

  'exercises.get': async (input, { store }) => findExercise(store.data, input.id),

  // Every write below is by id (store.change): its cost is the exercise's, not the workspace's.
  'exercises.create': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const earlier = byClientId(ws.exercises, input.clientId);
      if (earlier) return { result: earlier, change: [] };
      const scenario = tx.get('scenarios', input.scenarioId) ?? findScenario(ws, input.scenarioId);
      checkArea(tx, input.areaId);
      const at = now().toISOString();
      const exercise: Exercise = {
        version: 1,
        ...(input.clientId ? { clientId: input.clientId } : {}),
        id: randomUUID(),
        title: input.title ?? scenario.content.overview.title.en,
        scenarioId: scenario.id,
        scenarioVersion: scenario.version,
        scenario: structuredClone(scenario.content),
        date: input.date,
        place: input.place,
        areaId: input.areaId,
        facilitator: input.facilitator,
        participants: withIds(input.participants),
        status: 'planned',
        currentModule: 0,
        questionsOnScreen: false,
        clock: stoppedClock(),
        startedAt: null,
        endedAt: null,
        injectLog: [],
        entries: [],
        ratings: [],
        createdAt: at,
        updatedAt: at,
      };
      return { result: putExercise(tx, exercise), change: exerciseChanged(exercise.id) };
    }),

  'exercises.update': (input, { store, now }) =>
    store.change((tx) => {
      const e = expectVersion(getExercise(tx, input.id), input.version, 'exercise');
      checkArea(tx, input.areaId);
      const updated: Exercise = {
        ...e,
        title: input.title ?? e.title,
        date: input.date ?? e.date,
        place: input.place ?? e.place,
        areaId: input.areaId === undefined ? e.areaId : input.areaId,
        facilitator: input.facilitator ?? e.facilitator,
        participants: input.participants ? withIds(input.participants) : e.participants,
        updatedAt: now().toISOString(),
      };
      return { result: putExercise(tx, updated), change: exerciseChanged(e.id) };
    }),

  'exercises.delete': async (input, { store, now }) => {
    const result = await store.change((tx) => {
      const e = expectVersion(getExercise(tx, input.id), input.version, 'exercise');
      const at = now().toISOString();
      withoutExerciseNeeds(tx, e, now());
      for (const i of tx.data.improvementItems.filter((x) => x.exerciseId === e.id)) tx.delete('improvementItems', i.id);
      tx.delete('exercises', e.id);
      tx.set('updatedAt', at);
      return {
        result: { deleted: true as const, id: e.id },
        change: [exerciseChanged(e.id), { type: 'changed', collection: 'needs' }, { type: 'changed', collection: 'improvementItems' }],
      };
    });
    return result;
  },

  'exercises.control': (input, { store, now }) =>
    store.change((tx) => {
      const e = expectVersion(getExercise(tx, input.id), input.version, 'exercise');
      const updated = { ...control(e, input.action, now()), updatedAt: now().toISOString() };
      return { result: putExercise(tx, updated), change: exerciseChanged(e.id) };
    }),

  'exercises.inject': (input, { store, now }) =>
    store.change((tx) => {
      const e = expectVersion(getExercise(tx, input.id), input.version, 'exercise');
      if (!e.scenario.modules[input.module]?.injects[input.inject]) throw new ApiError('not_found', 'That inject is not in this exercise’s scenario.');
      if (e.status === 'planned' || e.status === 'ended') throw new ApiError('conflict', 'Injects can be released only while the exercise runs or is paused.');
      const ref = { module: input.module, inject: input.inject };
      const same = (x: { module: number; inject: number }) => x.module === ref.module && x.inject === ref.inject;
      let injectLog = e.injectLog;
      if (input.action === 'undo') {
        const last = e.injectLog.findLastIndex(same);
        if (last < 0) throw new ApiError('conflict', 'That inject has not been released or skipped.');
        injectLog = e.injectLog.filter((_, i) => i !== last);
      } else {
        if (e.injectLog.some(same)) throw new ApiError('conflict', 'That inject was already released or skipped; undo it first.');
        const event = { ...ref, action: input.action === 'release' ? ('released' as const) : ('skipped' as const), offTimeline: isOffTimeline(e, ref), atModule: e.currentModule, at: now().toISOString() };
        injectLog = [...e.injectLog, event];
      }
      const updated: Exercise = { ...e, injectLog, updatedAt: now().toISOString() };
      return { result: putExercise(tx, updated), change: exerciseChanged(e.id) };
    }),

  'exercises.capture': async (input, { store, now }) => {
    const entry = await store.change((tx) => {
      const e = getExercise(tx, input.id);
      const existing = e.entries.find((x) => x.id === input.entryId);
      // A retried save (the answer was lost) must not store the entry twice.
      if (existing) return { result: existing, change: [] };
      const at = now();
      const inject = currentInject(e);
      // Only a capability the note-taker chose: inferring the current inject's would file the
      // entry (and the need it makes) under a capability nobody picked, a false gap in reports.
      const capability = input.capability;
      if (capability && !e.scenario.capabilities.some((c) => c.id === capability)) throw new ApiError('not_found', 'That capability is not in this exercise’s scenario.');
      const entry: Entry = {
        version: 1,
        id: input.entryId,
        type: input.type,
        text: input.text,
        module: e.currentModule,
        inject,
        capability,
        at: at.toISOString(),
        moduleElapsedMs: elapsedMs(e.clock, at),
        needId: null,
        improvementItemId: null,
      };
      if (entry.type === 'need') entry.needId = tx.put('needs', needForEntry(tx.data, e, entry, at)).id;
      const updated: Exercise = { ...e, entries: [...e.entries, entry], updatedAt: at.toISOString() };
      const stored = putExercise(tx, updated);
      const needChange: ChangeEvent[] = entry.needId ? [{ type: 'changed', collection: 'needs', ids: [entry.needId] }] : [];
      return { result: stored.entries[stored.entries.length - 1], change: [exerciseChanged(e.id), ...needChange] };
    });
    return entry;
  },

  'exercises.updateEntry': async (input, { store, now }) => {
    const entry = await store.change((tx) => {
      const e = getExercise(tx, input.id);
      const current = e.entries.find((x) => x.id === input.entryId);
      if (!current) throw new ApiError('not_found', 'That entry no longer exists.');
      expectVersion(current, input.version, 'entry');
      const at = now();
      const edited = { ...current, type: input.type ?? current.type, text: input.text ?? current.text, capability: input.capability === undefined ? current.capability : input.capability };
      const synced = syncEntryNeed(tx, e, current, edited, at);
      const at_ = e.entries.indexOf(current);
      const entries = e.entries.slice();
      entries[at_] = synced.entry;
      const stored = putExercise(tx, { ...e, entries, updatedAt: at.toISOString() });
      const needChange: ChangeEvent[] = synced.needsChanged ? [{ type: 'changed', collection: 'needs' }] : [];
      return { result: stored.entries[at_], change: [exerciseChanged(e.id), ...needChange] };
    });
    return entry;
  },

  'exercises.deleteEntry': async (input, { store, now }) => {
    const result = await store.change((tx) => {
      const e = getExercise(tx, input.id);
      const current = e.entries.find((x) => x.id === input.entryId);
      if (!current) throw new ApiError('not_found', 'That entry no longer exists.');
      expectVersion(current, input.version, 'entry');
      const at = now();
      const needsChanged = dropEntryNeed(tx, e, current, at);
      // Plan rows made from this entry keep their text but no longer point at it (only this exercise's rows can).
      for (const i of tx.data.improvementItems) if (i.exerciseId === e.id && i.sourceEntryId === current.id) tx.put('improvementItems', { ...i, sourceEntryId: null });
      putExercise(tx, { ...e, entries: e.entries.filter((x) => x.id !== current.id), updatedAt: at.toISOString() });
      const needChange: ChangeEvent[] = needsChanged ? [{ type: 'changed', collection: 'needs' }] : [];
      return { result: { deleted: true as const, id: current.id }, change: [exerciseChanged(e.id), ...needChange] };
    });
    return result;
  },

  'exercises.rate': (input, { store, now }) =>
    store.change((tx) => {
      const e = expectVersion(getExercise(tx, input.id), input.version, 'exercise');
      if (!e.scenario.capabilities.some((c) => c.id === input.capability)) throw new ApiError('not_found', 'That capability is not in this exercise’s scenario.');
      const others = e.ratings.filter((r) => r.capability !== input.capability);
      const ratings = input.rating ? [...others, { capability: input.capability, rating: input.rating, observation: input.observation }] : others;
      const updated: Exercise = { ...e, ratings, updatedAt: now().toISOString() };
      return { result: putExercise(tx, updated), change: exerciseChanged(e.id) };
    }),

  'exercises.present': async (input, { store }) => {
    const ws = store.data;
    if (input.id) return presentationOf(findExercise(ws, input.id));
    // No id: the exercise in progress (the most recently started one), so a projector page needs no setup.
    const live = ws.exercises.filter((e) => e.status === 'running' || e.status === 'paused').sort((a, b) => (b.startedAt ?? '').localeCompare(a.startedAt ?? ''));
    return live[0] ? presentationOf(live[0]) : null;
  },
};
