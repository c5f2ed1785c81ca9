package agenda

import (
	"testing"
	"time"
)

// t0 is the injected clock's origin; every "now" is an offset from it.
var t0 = time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)

func at(d time.Duration) time.Time { return t0.Add(d) }

func TestTimerStatus(t *testing.T) {
	const warn = time.Minute
	five := Timer{Planned: 5 * time.Minute}
	running := five.Start(t0)
	tests := []struct {
		name      string
		timer     Timer
		now       time.Duration
		paused    bool
		status    Status
		remaining time.Duration
	}{
		{"not started", five, 0, false, Idle, 5 * time.Minute},
		{"just started", running, 0, false, Running, 5 * time.Minute},
		{"running", running, 2 * time.Minute, false, Running, 3 * time.Minute},
		{"just before warn", running, 4*time.Minute - time.Nanosecond, false, Running, time.Minute + time.Nanosecond},
		{"exactly warn", running, 4 * time.Minute, false, Warning, time.Minute},
		{"last second", running, 5*time.Minute - time.Second, false, Warning, time.Second},
		{"exactly at end", running, 5 * time.Minute, false, Warning, 0},
		{"overtime", running, 7 * time.Minute, false, Overtime, -2 * time.Minute},
		{"paused running", running, 2 * time.Minute, true, Paused, 3 * time.Minute},
		{"paused in overtime", running, 7 * time.Minute, true, Paused, -2 * time.Minute},
		{"paused, stopped clock", running.Stop(at(2 * time.Minute)), 10 * time.Minute, true, Paused, 3 * time.Minute},
		{"stopped within time", running.Stop(at(2 * time.Minute)), 10 * time.Minute, false, Idle, 3 * time.Minute},
		{"stopped over time", running.Stop(at(6 * time.Minute)), 10 * time.Minute, false, Overtime, -time.Minute},
		{"extended out of warning", running.Extend(time.Minute), 4*time.Minute + 30*time.Second, false, Running, 90 * time.Second},
		{"extended out of overtime", running.Extend(3 * time.Minute), 7 * time.Minute, false, Warning, time.Minute},
		{"clock stepped back", running, -time.Minute, false, Running, 5 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := at(tt.now)
			if got := tt.timer.Status(now, warn, tt.paused); got != tt.status {
				t.Errorf("Status = %v, want %v", got, tt.status)
			}
			if got := tt.timer.Remaining(now); got != tt.remaining {
				t.Errorf("Remaining = %v, want %v", got, tt.remaining)
			}
		})
	}
}

func TestTimerZeroWarnNeverWarnsEarly(t *testing.T) {
	tm := Timer{Planned: time.Minute}.Start(t0)
	if got := tm.Status(at(59*time.Second), 0, false); got != Running {
		t.Fatalf("with warn 0, one second left is %v, want running", got)
	}
}

// TestTimerPauseResume replays a phase that is paused twice and extended,
// checking that the banked time adds up across each stop and start.
func TestTimerPauseResume(t *testing.T) {
	tm := Timer{Planned: 10 * time.Minute}
	steps := []struct {
		at      time.Duration
		do      func(Timer, time.Time) Timer
		elapsed time.Duration
		running bool
	}{
		{0, Timer.Start, 0, true},
		{3 * time.Minute, Timer.Stop, 3 * time.Minute, false},
		{5 * time.Minute, Timer.Stop, 3 * time.Minute, false}, // a second Stop changes nothing
		{8 * time.Minute, Timer.Start, 3 * time.Minute, true}, // the 5 paused minutes don't count
		{9 * time.Minute, Timer.Start, 4 * time.Minute, true}, // a second Start keeps the first start
		{10 * time.Minute, Timer.Stop, 5 * time.Minute, false},
		{12 * time.Minute, Timer.Start, 5 * time.Minute, true},
		{20 * time.Minute, Timer.Stop, 13 * time.Minute, false},
	}
	for i, s := range steps {
		tm = s.do(tm, at(s.at))
		if got := tm.Elapsed(at(s.at)); got != s.elapsed || tm.Running() != s.running {
			t.Fatalf("step %d: elapsed %v running %v, want %v %v", i, got, tm.Running(), s.elapsed, s.running)
		}
	}
	if got := tm.Remaining(at(time.Hour)); got != -3*time.Minute {
		t.Fatalf("stopped 3 minutes over: remaining %v", got)
	}
	tm = tm.Extend(5 * time.Minute)
	if got := tm.Remaining(at(time.Hour)); got != 2*time.Minute {
		t.Fatalf("after extending by 5: remaining %v", got)
	}
	if tm.Planned != 10*time.Minute || tm.Extra != 5*time.Minute {
		t.Fatalf("Extend changed the plan: %+v", tm)
	}
}

func TestStatusString(t *testing.T) {
	for s, want := range map[Status]string{Idle: "idle", Running: "running", Warning: "warning",
		Overtime: "overtime", Paused: "paused"} {
		if s.String() != want {
			t.Errorf("%d.String() = %q, want %q", int(s), s.String(), want)
		}
	}
}

func TestPlannedDurations(t *testing.T) {
	p := Phase{Minutes: 2.5}
	a := Agenda{WarnMinutes: 0.5, Phases: []Phase{p, {Minutes: 1}}}
	if p.Planned() != 150*time.Second || a.WarnBefore() != 30*time.Second || a.Planned() != 210*time.Second {
		t.Fatalf("planned %v, warn %v, total %v", p.Planned(), a.WarnBefore(), a.Planned())
	}
	if a.Index("x") != -1 || Default().Index("timeline") != 2 {
		t.Fatal("Index")
	}
}

func TestTimerShortPhaseWarnsAtHalf(t *testing.T) {
	// A one-minute opening with the default one-minute warning must not
	// start out warning: the warning shrinks to half the phase.
	tm := Timer{Planned: time.Minute}.Start(t0)
	for _, tt := range []struct {
		now  time.Duration
		want Status
	}{{0, Running}, {29 * time.Second, Running}, {30 * time.Second, Warning}, {61 * time.Second, Overtime}} {
		if got := tm.Status(at(tt.now), time.Minute, false); got != tt.want {
			t.Errorf("at %v: %v, want %v", tt.now, got, tt.want)
		}
	}
}
