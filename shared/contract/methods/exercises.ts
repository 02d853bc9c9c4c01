import { z } from 'zod';
import {
  CaptureInput,
  Entry,
  EntryDeleteInput,
  EntryUpdateInput,
  Exercise,
  ExerciseControlInput,
  ExerciseCreateInput,
  ExerciseUpdateInput,
  Id,
  ImprovementCreateInput,
  ImprovementItem,
  ImprovementListInput,
  ImprovementListResult,
  ImprovementUpdateInput,
  InjectActionInput,
  Presentation,
  RateInput,
  Scenario,
  ScenarioContent,
  ScenarioImportInput,
  ScenarioImportResult,
} from '../../model';
import { method } from './define';
import { undoToken } from '../undo';

const NoInput = z.object({}).strict();
const ById = z.object({ id: z.string().min(1).max(100) });
const Deleted = z.object({ deleted: z.literal(true), id: z.string(), ...undoToken });

export const ExerciseSummary = Exercise.pick({ id: true, title: true, date: true, place: true, areaId: true, status: true, scenarioId: true, currentModule: true, updatedAt: true }).extend({
  moduleCount: z.number().int(),
  entryCount: z.number().int(),
});
export type ExerciseSummary = z.infer<typeof ExerciseSummary>;

/** Tabletop exercises: the scenario library and the exercises run from it. */
export const exercisesMethods = {
  'scenarios.list': method(NoInput, z.array(Scenario), 'Shipped scenarios, then the workspace’s own, with how many exercises used each.'),
  'scenarios.get': method(ById, Scenario, 'One scenario, shipped or the workspace’s own.'),
  'scenarios.create': method(z.object({ content: ScenarioContent }), Scenario, 'Saves a new scenario written in the editor.'),
  'scenarios.duplicate': method(ById, Scenario, 'Makes an editable copy of a scenario, to tailor a case to a block.'),
  'scenarios.update': method(
    z.object({ id: Id, content: ScenarioContent, version: z.number().int().min(1) }),
    Scenario,
    'Saves an edited scenario; refused if someone saved a newer version meanwhile. Exercises keep the copy they ran.',
  ),
  'scenarios.delete': method(ById, Deleted, 'Deletes one of the workspace’s scenarios; exercises that used it keep their own copy.'),
  'scenarios.import': method(ScenarioImportInput, ScenarioImportResult, 'Adds a scenario from a YAML file or an MSEL spreadsheet (CSV); an invalid file is refused whole, every problem listed.'),
  'scenarios.export': method(ById, z.object({ fileName: z.string(), yaml: z.string() }), 'The scenario as a YAML file.'),

  'exercises.list': method(NoInput, z.array(ExerciseSummary), 'Every exercise, newest date first.'),
  'exercises.get': method(ById, Exercise, 'One exercise with its own copy of the scenario, its log and captured entries.'),
  'exercises.create': method(ExerciseCreateInput, Exercise, 'Sets up an exercise from a scenario: date, place, area, facilitator, participants.'),
  'exercises.update': method(ExerciseUpdateInput, Exercise, 'Changes an exercise’s setup.'),
  'exercises.delete': method(ById, Deleted, 'Deletes an exercise, its captured entries and its improvement-plan rows.'),
  'exercises.control': method(ExerciseControlInput, Exercise, 'Starts, pauses, resumes or ends the exercise, or moves between modules.'),
  'exercises.inject': method(InjectActionInput, Exercise, 'Releases or skips an inject (any module: off-timeline when out of order), or undoes that.'),
  'exercises.capture': method(CaptureInput, Entry, 'Saves one captured entry, stamped with module, inject and time; a need also becomes a needs record.'),
  'exercises.updateEntry': method(EntryUpdateInput, Entry, 'Corrects an entry’s text, type or capability.'),
  'exercises.deleteEntry': method(EntryDeleteInput, Deleted, 'Deletes a captured entry (and the need it created, if nothing else cites it).'),
  'exercises.rate': method(RateInput, Exercise, 'Rates a capability P, S, M or U, with an observation.'),
  'exercises.plan': method(ImprovementListInput, ImprovementListResult, 'Improvement-plan rows: the exercise’s own and the open rows of earlier exercises in its area.'),
  'exercises.planAdd': method(ImprovementCreateInput, ImprovementItem, 'Adds an improvement-plan row, often from an action item.'),
  'exercises.planUpdate': method(ImprovementUpdateInput, ImprovementItem, 'Changes an improvement-plan row: owner, dates, status.'),
  'exercises.planDelete': method(ById, Deleted, 'Deletes an improvement-plan row.'),
  'exercises.present': method(z.object({ id: Id.optional() }), Presentation.nullable(), 'What the projector shows: released room content of the given (or the running) exercise.'),
};
