package agenda

import "time"

// Status is what a phase's clock shows the facilitator.
type Status int

// The clock states, from calm to late.
const (
	// Idle is a phase whose clock has not started.
	Idle Status = iota
	// Running is a phase with time to spare.
	Running
	// Warning is a phase within the agenda's warn time of its end.
	Warning
	// Overtime is a phase past its planned (and extended) time.
	Overtime
	// Paused is the meeting on hold.
	Paused
)

// String names the status for help text and tests.
func (s Status) String() string {
	switch s {
	case Running:
		return "running"
	case Warning:
		return "warning"
	case Overtime:
		return "overtime"
	case Paused:
		return "paused"
	}
	return "idle"
}

// Timer is a phase's clock, computed from wall time rather than counted down
// tick by tick, so it never drifts and survives a resume.
type Timer struct {
	// Planned is the agenda's time for the phase.
	Planned time.Duration
	// Extra is the time added during the meeting.
	Extra time.Duration
	// Banked is the time the phase ran before RunningSince.
	Banked time.Duration
	// RunningSince is when the clock last started; zero while stopped.
	RunningSince time.Time
}

// Running reports whether the clock is going.
func (t Timer) Running() bool { return !t.RunningSince.IsZero() }

// Elapsed is how long the phase has run by now.
func (t Timer) Elapsed(now time.Time) time.Duration {
	d := t.Banked
	if t.Running() && now.After(t.RunningSince) {
		d += now.Sub(t.RunningSince)
	}
	return d
}

// Remaining is the time left; negative once the phase is over time.
func (t Timer) Remaining(now time.Time) time.Duration {
	return t.Planned + t.Extra - t.Elapsed(now)
}

// Start returns the timer running from now (no change if already running).
func (t Timer) Start(now time.Time) Timer {
	if !t.Running() {
		t.RunningSince = now
	}
	return t
}

// Stop returns the timer stopped at now, its run banked.
func (t Timer) Stop(now time.Time) Timer {
	t.Banked = t.Elapsed(now)
	t.RunningSince = time.Time{}
	return t
}

// Extend returns the timer with d more time.
func (t Timer) Extend(d time.Duration) Timer {
	t.Extra += d
	return t
}

// Status says how the phase stands at now, warning within warn of the end
// (at exactly warn left it already warns). paused is the meeting's pause,
// which stops the current phase's clock. A stopped clock that ran over still
// reads Overtime, so a finished phase keeps showing that it overran.
//
// A warning longer than half the phase is shortened to half, so a one-minute
// opening does not start out already warning.
func (t Timer) Status(now time.Time, warn time.Duration, paused bool) Status {
	left := t.Remaining(now)
	if half := (t.Planned + t.Extra) / 2; warn > half {
		warn = half
	}
	switch {
	case paused:
		return Paused
	case left < 0:
		return Overtime
	case !t.Running():
		return Idle
	case left <= warn:
		return Warning
	}
	return Running
}
