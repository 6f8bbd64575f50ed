// The spaced-repetition maths, from ts-fsrs (FSRS v5), kept pure: a card's
// state in, the next state out. Whole days only (no same-day learning steps:
// a topic is reviewed at most once a day), and no fuzz, so a schedule is
// reproducible in tests.
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from "ts-fsrs";
import type { ReviewGrade } from "@/lib/spaced-review/schema";

const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));

/** What review_cards stores of a ts-fsrs card. */
export type CardState = {
  dueAt: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReviewAt: Date | null;
};

const RATING: Record<ReviewGrade, Grade> = { AGAIN: Rating.Again, HARD: Rating.Hard, GOOD: Rating.Good, EASY: Rating.Easy };

const toState = (card: Card): CardState => ({
  dueAt: card.due,
  stability: card.stability,
  difficulty: card.difficulty,
  scheduledDays: card.scheduled_days,
  learningSteps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  lastReviewAt: card.last_review ?? null,
});

const toCard = (state: CardState): Card => ({
  due: state.dueAt,
  stability: state.stability,
  difficulty: state.difficulty,
  elapsed_days: 0,
  scheduled_days: state.scheduledDays,
  learning_steps: state.learningSteps,
  reps: state.reps,
  lapses: state.lapses,
  state: state.state as State,
  last_review: state.lastReviewAt ?? undefined,
});

/** The card of a topic finished at `completedAt`: finishing counts as a first "Good" recall (back in a few days). */
export function firstCard(completedAt: Date): CardState {
  return toState(scheduler.next(createEmptyCard(completedAt), completedAt, Rating.Good).card);
}

/** The card after the learner answered `grade` at `now`. */
export function nextCard(card: CardState, grade: ReviewGrade, now: Date): CardState {
  return toState(scheduler.next(toCard(card), now, RATING[grade]).card);
}
