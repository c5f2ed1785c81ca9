package agenda

import (
	"reflect"
	"strings"
	"testing"
)

func TestDefault(t *testing.T) {
	a := Default()
	want := []struct {
		id      string
		minutes float64
		capture Capture
	}{
		{"opening", 1, CaptureOpening}, {"impact", 5, CaptureImpact}, {"timeline", 15, CaptureTimeline},
		{"well", 5, CaptureWell}, {"poorly", 15, CapturePoorly}, {"actions", 15, CaptureActions},
	}
	if len(a.Phases) != len(want) {
		t.Fatalf("got %d phases, want %d", len(a.Phases), len(want))
	}
	for i, w := range want {
		p := a.Phases[i]
		if p.ID != w.id || p.Minutes != w.minutes || p.Capture != w.capture {
			t.Errorf("phase %d = %s %v %s, want %s %v %s", i, p.ID, p.Minutes, p.Capture, w.id, w.minutes, w.capture)
		}
		if p.Title == "" || len(p.Prompts) < 3 || len(p.Prompts) > 6 {
			t.Errorf("phase %s: title %q, %d prompts; want a title and 3-6 prompts", p.ID, p.Title, len(p.Prompts))
		}
	}
	if a.Name == "" || a.WarnMinutes != 1 || a.Checklist != DefaultChecklist {
		t.Errorf("name %q warn %v checklist %+v", a.Name, a.WarnMinutes, a.Checklist)
	}
	if a.Planned().Minutes() != 56 {
		t.Errorf("planned %v, want 56m", a.Planned())
	}
}

// The opening's prompts are the file's copy of the exported text; this keeps
// the two from drifting apart.
func TestDefaultOpeningHoldsPrimeDirectiveAndGroundRules(t *testing.T) {
	prompts := strings.Join(Default().Phases[0].Prompts, "\n")
	for _, s := range append([]string{PrimeDirective, PrimeDirectiveAuthor}, GroundRules...) {
		if !strings.Contains(prompts, s) {
			t.Errorf("opening prompts lack %q", s)
		}
	}
}

func TestDefaultReturnsCopies(t *testing.T) {
	a := Default()
	a.Phases[0].Prompts[0] = "changed"
	a.Phases[1].Minutes = 99
	if b := Default(); b.Phases[0].Prompts[0] == "changed" || b.Phases[1].Minutes == 99 {
		t.Fatal("a change to one Default() reached the next")
	}
	y := DefaultYAML()
	y[0] = 'X'
	if DefaultYAML()[0] == 'X' {
		t.Fatal("a change to DefaultYAML() reached the embedded file")
	}
}

func TestDefaultYAMLRoundTrips(t *testing.T) {
	a, err := Parse("default.yaml", DefaultYAML())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, Default()) {
		t.Fatal("DefaultYAML() does not parse to Default()")
	}
}

func TestMustParsePanicsOnBrokenEmbeddedFile(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "default.yaml:1:") {
			t.Fatalf("recovered %v, want a panic naming default.yaml:1:", r)
		}
	}()
	mustParse("default.yaml", []byte("phases: nope\n"))
}

func TestParseCustom(t *testing.T) {
	src := `name: Short review
warn_minutes: 0.5
checklist:
  max_items: 5
phases:
  - id: timeline
    title: What happened, when
    minutes: 20
    capture: timeline
  - id: opening
    title: Opening
    minutes: 0.5
    capture: opening
    prompts: ["Prime Directive", 'Roles: who is scribe?']
  - id: lucky
    title: Where we got lucky
    minutes: 2.5
    capture: lucky
  - id: contributing_factors
    title: Contributing factors
    minutes: 10
    capture: factors
  - id: wrap-up
    title: 404
    minutes: 3
`
	got, err := Parse("team.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := Agenda{
		Name:        "Short review",
		WarnMinutes: 0.5,
		Checklist:   Checklist{SEV1Days: 14, SEV2Days: 28, MaxItems: 5},
		Phases: []Phase{
			{ID: "timeline", Title: "What happened, when", Minutes: 20, Capture: CaptureTimeline},
			{ID: "opening", Title: "Opening", Minutes: 0.5, Capture: CaptureOpening,
				Prompts: []string{"Prime Directive", "Roles: who is scribe?"}},
			{ID: "lucky", Title: "Where we got lucky", Minutes: 2.5, Capture: CaptureLucky},
			{ID: "contributing_factors", Title: "Contributing factors", Minutes: 10, Capture: CaptureFactors},
			{ID: "wrap-up", Title: "404", Minutes: 3, Capture: CaptureNotes},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got  %+v\nwant %+v", got, want)
	}
	if d := got.Phases[1].Planned(); d.Seconds() != 30 {
		t.Errorf("0.5 minutes planned as %v", d)
	}
}

func TestParseDefaults(t *testing.T) {
	got, err := Parse("min.yaml", []byte("phases:\n  - {id: a, title: A, minutes: 1}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got.WarnMinutes != 1 || got.Checklist != DefaultChecklist || got.Phases[0].Capture != CaptureNotes {
		t.Fatalf("defaults not applied: %+v", got)
	}
	got, err = Parse("nowarn.yaml", []byte("warn_minutes: 0\nchecklist:\nphases:\n  - {id: a, title: A, minutes: 1, capture: ~, prompts: ~}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got.WarnMinutes != 0 || got.Checklist != DefaultChecklist || got.Phases[0].Capture != CaptureNotes {
		t.Fatalf("explicit 0 warn or empty checklist mishandled: %+v", got)
	}
}
