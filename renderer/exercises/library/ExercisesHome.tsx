import { ExerciseList } from './ExerciseList';
import { ScenarioLibrary } from './ScenarioLibrary';

/** The section's front page: exercises (in progress first) and the scenario library. */
export function ExercisesHome() {
  return (
    <>
      <ExerciseList />
      <ScenarioLibrary />
    </>
  );
}
