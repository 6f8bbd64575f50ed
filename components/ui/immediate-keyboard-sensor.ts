import { KeyboardSensor, type KeyboardSensorProps } from "@dnd-kit/core";

/** What the `attach` below uses of KeyboardSensor (@dnd-kit/core 6.3, pinned): all private in its declarations. */
type SensorInternals = {
  props: KeyboardSensorProps;
  listeners: { add(type: "keydown", handler: (event: Event) => void): void };
  windowListeners: { add(type: "resize" | "visibilitychange", handler: (event: Event) => void): void };
  handleStart(): void;
  handleKeyDown(event: Event): void;
  handleCancel(event: Event): void;
};

/**
 * dnd-kit's KeyboardSensor, listening for the moving keys from the moment it
 * picks an item up. The stock sensor adds that keydown listener in a
 * setTimeout, so that the keydown which picked the item up cannot drop it
 * again; but the handle already says aria-pressed="true" before that timer
 * runs, and the browser handles waiting input before timers, so an arrow key
 * pressed right after the pick-up on a busy main thread (a voice-control or
 * switch-access command, a script, the e2e journey on a loaded machine) reached
 * the page instead: the page scrolled, the item stayed, nothing was announced.
 * Here the listener is added at once and skips the picking-up event itself;
 * `tests/unit/immediate-keyboard-sensor.test.ts` holds both sensors to that.
 */
export class ImmediateKeyboardSensor extends KeyboardSensor {}

// KeyboardSensor's constructor calls `this.attach()`; the method is private in
// dnd-kit's types, so the override goes on the prototype. Same steps as the
// stock one (pick up, cancel on resize or a hidden tab), minus the timer.
Object.defineProperty(ImmediateKeyboardSensor.prototype, "attach", {
  value: function attach(this: SensorInternals) {
    const pickUp = this.props.event;
    this.handleStart();
    this.windowListeners.add("resize", this.handleCancel);
    this.windowListeners.add("visibilitychange", this.handleCancel);
    this.listeners.add("keydown", (event) => {
      if (event !== pickUp) this.handleKeyDown(event);
    });
  },
});
