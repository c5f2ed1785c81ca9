package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// TestExportThenLintClean is the whole path a team takes: a meeting whose
// flags were raised and dismissed, exported with `debrief export -o`, then
// `debrief lint` of the postmortem, which exits 0.
func TestExportThenLintClean(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	setup := model.Setup{Title: "Queue backlog", Service: "jobs", Severity: model.SEV3,
		Attendees: []model.Attendee{{Name: "Ana", Role: model.RoleFacilitator}, {Name: "Bo", Role: model.RoleScribe}}}
	a := agenda.Default()
	at := time.Date(2026, 5, 6, 15, 0, 0, 0, time.UTC)
	var events []model.Event
	add := func(ev model.Event) {
		ev.Seq, ev.At = len(events)+1, at.Add(time.Duration(len(events))*time.Minute)
		events = append(events, ev)
	}
	add(model.Event{Kind: model.SessionCreated, Setup: &setup, Agenda: &a})
	c := phrasing.NewChecker(phrasing.DefaultRules(), setup.Names())
	note := 0
	for _, p := range a.Phases {
		add(model.Event{Kind: model.PhaseStarted, Phase: p.ID})
		note++
		text := "Bo should have drained the queue, obviously."
		add(model.Event{Kind: model.NoteAdded, Phase: p.ID, Note: note, Text: text})
		for _, f := range c.Check(text) {
			add(model.Event{Kind: model.FlagDismissed, Note: note, Rule: f.Rule})
		}
	}
	add(model.Event{Kind: model.MeetingEnded})
	data := model.EncodeHeader()
	for _, ev := range events {
		var err error
		if data, err = model.AppendEvent(data, ev); err != nil {
			t.Fatal(err)
		}
	}
	session := filepath.Join(dir, "queue.debrief.yaml")
	if err := os.WriteFile(session, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "queue.md")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", session, "-o", out}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, stderr.String())
	}
	md, _ := os.ReadFile(out)
	if !bytes.Contains(md, []byte("| dismissed |")) {
		t.Fatalf("the export lists no dismissed flag:\n%s", md)
	}
	stdout.Reset()
	if code := run([]string{"lint", out}, nil, &stdout, &stderr); code != exitOK {
		t.Errorf("lint of a fresh export: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
}
