package tui

import (
	"strings"
	"testing"

	"github.com/debrief-dev/debrief/model"
)

func TestChooserRecordsTheTrigger(t *testing.T) {
	m, _, st := started(t)
	toPhase(t, m, "timeline")
	send(m, esc, keyRune('c'))
	if m.meeting.focus != focusChoose {
		t.Fatalf("c opened %v, want the chooser", m.meeting.focus)
	}
	s := plain(m)
	mustContain(t, s, "Trigger: what set the incident off", "1  binary push", "2  config push", "CLASSIFY")
	send(m, keyRune('2'))
	if m.state.Trigger != "config push" {
		t.Fatalf("trigger = %q", m.state.Trigger)
	}
	last := st.events[len(st.events)-1]
	if last.Kind != model.Classified || last.Field != model.ClassTrigger || last.Value != "config push" {
		t.Errorf("recorded %+v", last)
	}
	if m.meeting.focus != focusList {
		t.Errorf("the chooser stayed open")
	}
	mustContain(t, plain(m), "trigger: config push")
	// The current choice again clears it.
	send(m, keyRune('c'), keyRune('2'))
	if m.state.Trigger != "" {
		t.Errorf("picking the trigger again left %q", m.state.Trigger)
	}
}

func TestChooserSetsTheSelectedFactorsKind(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "poorly")
	note(m, "The pool was capped at 20 connections")
	send(m, esc, keyRune('f'), keyRune('c'))
	mustContain(t, plain(m), "Kind of contributing factor #1", "The pool was capped", "tab:")
	send(m, keyRune('1'))
	if k := m.state.FactorKinds[1]; k != "software" {
		t.Fatalf("factor kind = %q", k)
	}
	mustContain(t, plain(m), "factor (software)")
	// tab switches to the trigger; a key that is no choice says so.
	send(m, keyRune('c'), tab)
	mustContain(t, plain(m), "Trigger: what set the incident off")
	send(m, keyRune('%'))
	if !strings.Contains(m.meeting.status, "not one of the choices") || m.meeting.focus != focusChoose {
		t.Errorf("a stray key: status %q, focus %v", m.meeting.status, m.meeting.focus)
	}
	send(m, esc)
	if m.meeting.focus != focusList || m.state.Trigger != "" {
		t.Errorf("esc: focus %v, trigger %q", m.meeting.focus, m.state.Trigger)
	}
}

func TestChooserUsesTheAgendasTaxonomy(t *testing.T) {
	m, _, _ := newTestModel(t)
	ag := m.agenda()
	ag.Taxonomy.Triggers = []string{"deploy", "traffic"}
	m.opt.Agenda = ag
	send(m, ctrl('n'))
	send(m, esc, keyRune('c'))
	s := plain(m)
	mustContain(t, s, "1  deploy", "2  traffic")
	if strings.Contains(s, "binary push") {
		t.Error("the default triggers show on an agenda with its own")
	}
}
