package model

import (
	"testing"

	"github.com/debrief-dev/debrief/agenda"
)

func TestClassifiedFoldsTriggerAndFactorKinds(t *testing.T) {
	log := foldLog(
		Event{Kind: NoteAdded, Phase: "b", Note: 1, Section: SectionFactor, Text: "pool capped at 20"},
		Event{Kind: Classified, Field: ClassTrigger, Value: "config push"},
		Event{Kind: Classified, Field: ClassFactor, Note: 1, Value: "software"},
	)
	s, err := Fold(log)
	if err != nil {
		t.Fatal(err)
	}
	if s.Trigger != "config push" || s.FactorKinds[1] != "software" {
		t.Fatalf("trigger %q, kinds %v", s.Trigger, s.FactorKinds)
	}
	// The same key again clears the choice.
	list := TriggerChoices(s)
	if len(list) != len(agenda.DefaultTaxonomy.Triggers) || list[0].Key != "1" || !list[1].Chosen {
		t.Fatalf("choices %+v", list)
	}
	ev, ok := Choose(list, "2", ClassTrigger, 0, foldT0)
	if !ok || ev.Kind != Classified || ev.Value != "" {
		t.Fatalf("choosing the current trigger again: %+v %v", ev, ok)
	}
	ev, ok = Choose(FactorChoices(s, 1), "5", ClassFactor, 1, foldT0)
	if !ok || ev.Value != agenda.DefaultTaxonomy.Factors[4] || ev.Note != 1 {
		t.Fatalf("factor choice: %+v %v", ev, ok)
	}
	if _, ok := Choose(list, "z", ClassTrigger, 0, foldT0); ok {
		t.Fatal("a key with no choice chose something")
	}
}

func TestClassifiedRefusesWhatTheTaxonomyDoesNotHave(t *testing.T) {
	for name, ev := range map[string]Event{
		"unknown trigger": {Kind: Classified, Field: ClassTrigger, Value: "cosmic rays"},
		"unknown kind":    {Kind: Classified, Field: ClassFactor, Note: 1, Value: "bad luck"},
		"no such note":    {Kind: Classified, Field: ClassFactor, Note: 9, Value: "software"},
		"unknown field":   {Kind: Classified, Field: "blame", Value: "x"},
	} {
		log := foldLog(Event{Kind: NoteAdded, Phase: "b", Note: 1, Text: "x"}, ev)
		if _, err := Fold(log); err == nil {
			t.Errorf("%s: folded without an error", name)
		}
	}
}

func TestClassifiedRoundTripsThroughTheSessionFile(t *testing.T) {
	log := foldLog(Event{Kind: Classified, Field: ClassTrigger, Value: "hardware"})
	var data []byte
	data = append(data, EncodeHeader()...)
	for _, ev := range log {
		var err error
		if data, err = AppendEvent(data, ev); err != nil {
			t.Fatal(err)
		}
	}
	events, _, err := DecodeLog("s.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Fold(events)
	if err != nil || s.Trigger != "hardware" {
		t.Fatalf("trigger %q, err %v", s.Trigger, err)
	}
}
