package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/importer"
	"github.com/debrief-dev/debrief/model"
)

var incident = time.Date(2026, 11, 19, 9, 0, 0, 0, time.UTC)

// sampleRows are imported rows from three sources, out of order across
// them, as a merge of a page log, alerts and a chat would be.
func sampleRows() []model.DraftRow {
	return []model.DraftRow{
		{At: incident.Add(2 * time.Minute), Text: "Checkout error rate above 5%", Tag: model.MarkDetected, Source: "alertmanager:alerts.json"},
		{At: incident.Add(4 * time.Minute), Text: "Page sent to the payments on-call", Source: "pagerduty:log.json"},
		{At: incident.Add(6 * time.Minute), Text: "Nadia: rolling back the canary now", Source: "slack:inc-checkout"},
		{At: incident.Add(9 * time.Minute), Text: "Canary rolled back", Tag: model.MarkMitigated, Source: "pagerduty:log.json"},
		{At: incident.Add(12 * time.Minute), Text: "Error rate back under 0.1%", Source: "alertmanager:alerts.json"},
		{At: incident.Add(30 * time.Minute), Text: "Incident resolved", Tag: model.MarkResolved, Source: "pagerduty:log.json"},
	}
}

// reviewing is a meeting started through setup with rows to import, in
// the timeline phase, with the keys on the review pane.
func reviewing(t testing.TB, rows []model.DraftRow) *Model {
	t.Helper()
	m, _, _ := newTestModel(t)
	m.opt.Imports = rows
	send(m, ctrl('n'))
	for m.state.CurrentPhaseID() != "timeline" {
		send(m, ctrl('n'))
	}
	send(m, esc)
	if m.meeting.focus != focusList || !m.meeting.imports.active() {
		t.Fatalf("not reviewing: focus %v", m.meeting.focus)
	}
	return m
}

func statuses(m *Model) string {
	var b strings.Builder
	for _, d := range m.state.Drafts() {
		b.WriteString(map[model.DraftStatus]string{model.DraftPending: ".", model.DraftKeptStatus: "k", model.DraftDroppedStatus: "x"}[d.Status])
	}
	return b.String()
}

func TestSetupThenDraftsRecordedAfterTheMeetingStarts(t *testing.T) {
	m, _, _ := newTestModel(t)
	m.opt.Imports = sampleRows()
	if m.Started() {
		t.Fatal("started before setup")
	}
	send(m, ctrl('n'))
	kinds := []model.Kind{}
	for _, ev := range m.events[:3] {
		kinds = append(kinds, ev.Kind)
	}
	if !slices.Equal(kinds, []model.Kind{model.SessionCreated, model.PhaseStarted, model.DraftAdded}) || m.state.PendingDrafts() != 6 {
		t.Errorf("events %v, %d pending", kinds, m.state.PendingDrafts())
	}
}

func TestKeepDropEditRestore(t *testing.T) {
	m := reviewing(t, sampleRows())
	// The cursor starts on the first pending row; y keeps it and moves on.
	send(m, keyRune('y'))
	if statuses(m) != "k....." || len(m.state.Timeline()) != 1 {
		t.Fatalf("after y: %s, timeline %d", statuses(m), len(m.state.Timeline()))
	}
	send(m, keyRune('d'))
	if statuses(m) != "kx...." {
		t.Fatalf("d did not drop the second row: %s", statuses(m))
	}
	mustContain(t, plain(m), "✗ drop", "✓ kept", "◇ draft", "◇ 4 pending · ✓ 1 kept · ✗ 1 dropped")
	// u on the dropped row restores it.
	send(m, up)
	for m.meeting.imports.current().ID != m.state.Drafts()[1].ID {
		send(m, up)
	}
	send(m, keyRune('u'))
	if statuses(m) != "k....." {
		t.Fatalf("u did not restore: %s", statuses(m))
	}
	pause(m)
	// e puts the row in the box as an edit; enter saves it, time kept.
	send(m, keyRune('e'))
	if m.meeting.focus != focusType || m.meeting.box.target != model.DraftImported {
		t.Fatalf("e did not open the row for editing: %v %s", m.meeting.focus, m.meeting.box.target)
	}
	for range 40 {
		send(m, tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	typeKeys(m, "Page reached the payments on-call")
	send(m, enter)
	d := m.state.Drafts()[1]
	if d.Entry.Text != "Page reached the payments on-call" || !d.Entry.At.Equal(incident.Add(4*time.Minute)) || d.Status != model.DraftPending {
		t.Errorf("edit: %+v", d.Entry)
	}
	if m.meeting.focus != focusList || m.meeting.imports.current().ID != d.ID {
		t.Errorf("after the edit the cursor is not back on the row")
	}
}

func TestFilterNextPendingAndRangeSelection(t *testing.T) {
	m := reviewing(t, sampleRows())
	r := &m.meeting.imports
	send(m, keyRune('f'))
	if r.source != "alertmanager:alerts.json" || len(r.items) != 2 {
		t.Fatalf("f: source %q, %d rows", r.source, len(r.items))
	}
	send(m, keyRune('f'), keyRune('f'), keyRune('f'))
	if r.source != "" || len(r.items) != 6 {
		t.Fatalf("f cycles back to all: %q %d", r.source, len(r.items))
	}
	// Drop rows 2 and 3, then n skips them.
	send(m, keyRune('g'), keyRune('j'), keyRune('v'), keyRune('j'), keyRune('d'))
	if got := statuses(m); got != ".xx..." {
		t.Fatalf("range drop: %s", got)
	}
	send(m, keyRune('g'), keyRune('n'))
	if r.current().ID != m.state.Drafts()[3].ID {
		t.Fatalf("n from the top should land on the fourth row, got %d", r.current().ID)
	}
	// Keep everything still waiting: g, v, G, y.
	send(m, keyRune('g'), keyRune('v'), keyRune('G'), keyRune('y'))
	if statuses(m) != "kxxkkk" || len(m.state.Timeline()) != 4 {
		t.Fatalf("range keep: %d pending, %d in the timeline", m.state.PendingDrafts(), len(m.state.Timeline()))
	}
	at := r.sel
	send(m, keyRune('n'))
	if r.sel != at || r.keys().NextPending.Enabled() {
		t.Error("n moved or is offered with no draft waiting")
	}
	// A typed note sits among the rows in time order.
	send(m, keyRune('i'))
	note(m, "09:05 Tom joins the bridge")
	send(m, esc)
	var order []string
	for _, it := range r.items {
		if it.d == nil {
			order = append(order, "note")
		} else {
			order = append(order, fmt.Sprint(it.d.ID))
		}
	}
	if strings.Join(order, " ") != "1 2 note 3 4 5 6" {
		t.Errorf("order %v", order)
	}
}

func TestImportMoreDuringTheMeeting(t *testing.T) {
	m := reviewing(t, sampleRows())
	defer func(f func([]importer.Spec, importer.Options) ([]model.DraftRow, importer.Skipped, error)) {
		loadImport = f
	}(loadImport)
	loadImport = func(specs []importer.Spec, opt importer.Options) ([]model.DraftRow, importer.Skipped, error) {
		if specs[0].Path == "bad.csv" {
			return nil, importer.Skipped{}, &importer.Error{File: "bad.csv", Line: 3, Msg: "no time in \x1b[31mcolumn 1"}
		}
		return []model.DraftRow{{At: incident.Add(time.Minute), Text: "Deploy started", Source: "csv:" + specs[0].Path}},
			importer.Skipped{Repeated: 2}, nil
	}
	send(m, keyRune('I'))
	typeKeys(m, "bad.csv")
	_, cmd := m.Update(enter)
	msg := findMsg[importedMsg](cmd)
	if msg == nil {
		t.Fatal("enter started no import")
	}
	send(m, *msg)
	s := plain(m)
	mustContain(t, s, "not imported: bad.csv:3: no time")
	if strings.Contains(m.View().Content, "\x1b[31m") || m.state.DraftCount() != 6 {
		t.Errorf("a bad file imported %d rows or reached the terminal", m.state.DraftCount()-6)
	}
	// I brings back what the failed import was given, to mend.
	send(m, keyRune('I'))
	if got := m.meeting.imports.ask.box.Value(); got != "bad.csv" {
		t.Errorf("the prompt came back with %q, not the path that failed", got)
	}
	send(m, ctrl('u'))
	typeKeys(m, "deploys.csv")
	_, cmd = m.Update(enter)
	send(m, *findMsg[importedMsg](cmd))
	if m.state.DraftCount() != 7 || m.state.Drafts()[0].Entry.Text != "Deploy started" {
		t.Errorf("import more: %d drafts", m.state.DraftCount())
	}
	// What the importer read and left out is said, as on the setup screen.
	mustContain(t, strings.Join(strings.Fields(plain(m)), " "), "left out: 2 repeated alerts or pages")
	// esc closes the prompt without importing.
	send(m, keyRune('I'), keyRune('x'), esc)
	if m.meeting.imports.ask.open() {
		t.Error("esc left the prompt open")
	}
	if m.meeting.focus != focusList {
		t.Error("the prompt took the focus away")
	}
}

// findMsg runs cmd (and a batch's commands) until one returns a T.
func findMsg[T any](cmd tea.Cmd) *T {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case T:
		return &msg
	case tea.BatchMsg:
		for _, c := range msg {
			if c == nil {
				continue
			}
			if r := peek(c); r != nil {
				if got, ok := r.(T); ok {
					return &got
				}
			}
		}
	}
	return nil
}

// The review pane at both common sizes: drafts, kept and dropped rows
// told apart without colour, their sources, the counts and a range.
func TestGoldenImportReview(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		m := reviewing(t, sampleRows())
		send(m, keyRune('y'), keyRune('d'))
		send(m, keyRune('i'))
		note(m, "09:05 Tom joins the bridge")
		send(m, esc, keyRune('G'), keyRune('v'), up)
		sized(m, size[0], size[1])
		golden(t, fmt.Sprintf("imports.%dx%d", size[0], size[1]), plain(m))
	}
}

// An imported row half edited when the meeting stops comes back in the
// box, still aimed at that row, on resume; if the row was kept or
// dropped in between, the text comes back as a new note instead.
func TestImportedRowEditSurvivesQuit(t *testing.T) {
	m := reviewing(t, sampleRows())
	send(m, keyRune('e'))
	typeKeys(m, " (from the canary)")
	send(m, ctrl('c'))
	r, err := New(Options{Now: m.now, Store: &memStore{}, Events: m.events})
	if err != nil {
		t.Fatal(err)
	}
	box := r.meeting.box
	if box.target != model.DraftImported || box.targetNote != m.state.Drafts()[0].ID || !strings.HasSuffix(box.box.Value(), "(from the canary)") {
		t.Fatalf("resumed box: target %q row %d %q", box.target, box.targetNote, box.box.Value())
	}
	send(r, enter)
	if got := r.state.Drafts()[0].Entry.Text; !strings.HasSuffix(got, "(from the canary)") {
		t.Errorf("the resumed edit did not save: %q", got)
	}

	st := m.state
	evs, err := model.KeepDrafts(st, st.Drafts()[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		ev.Seq = len(m.events) + 1
		if err := st.Apply(ev); err != nil {
			t.Fatal(err)
		}
		m.events = append(m.events, ev)
	}
	if d, ok := st.DraftOf("timeline"); !ok || d.Target != model.DraftNote || d.Note != 0 {
		t.Errorf("a draft aimed at a kept row: %+v", d)
	}
}

// On a typed note the notes list's keys act on that note; on a row not
// kept they act on nothing, so d drops the row and never deletes a note.
func TestListKeysFollowTheReviewCursor(t *testing.T) {
	m := reviewing(t, sampleRows())
	send(m, keyRune('i'))
	note(m, "09:05 Tom joins the bridge")
	send(m, esc)
	r := &m.meeting.imports
	for r.current() != nil {
		send(m, keyRune('j'))
	}
	typed := r.noteAt()
	if m.meeting.list.selectedID() != typed || !m.meeting.list.keys().Delete.Enabled() {
		t.Fatalf("the list is not on the typed note %d: %d", typed, m.meeting.list.selectedID())
	}
	send(m, keyRune('d'))
	if _, ok := m.state.Note(typed); ok || m.state.PendingDrafts() != 6 {
		t.Fatalf("d on a typed note: note still there %v, %d pending", ok, m.state.PendingDrafts())
	}
	send(m, keyRune('u'))
	if _, ok := m.state.Note(typed); !ok {
		t.Fatal("u did not put the note back")
	}
	send(m, keyRune('g'))
	if m.meeting.list.selectedID() != 0 || m.meeting.list.keys().Edit.Enabled() {
		t.Errorf("on a draft row the list still acts on note %d", m.meeting.list.selectedID())
	}
	send(m, keyRune('p'))
	if len(m.state.Timeline()) != 1 {
		t.Error("p on a draft row changed a note")
	}
}

// The prompt takes every key, ? included (a path may hold one); its help
// line offers f1, enter and esc.
func TestImportPromptHelp(t *testing.T) {
	m := reviewing(t, sampleRows())
	sized(m, 80, 24)
	send(m, keyRune('I'))
	typeKeys(m, "a?b")
	s := plain(m)
	mustContain(t, s, "IMPORT", "a?b", "f1 all keys", "enter import", "esc cancel")
	if m.helpOpen() {
		t.Fatal("? opened the keys sheet while typing a path")
	}
	send(m, tea.PasteMsg{Content: "/x.csv\n"})
	if got := m.meeting.imports.ask.box.Value(); got != "a?b/x.csv" || m.meeting.focus != focusList {
		t.Errorf("a path pasted into the prompt: %q, focus %v", got, m.meeting.focus)
	}
	send(m, tea.KeyPressMsg{Code: tea.KeyF1})
	if !m.helpOpen() {
		t.Error("f1 did not open the keys sheet from the prompt")
	}
}

// A Slack export imported during the meeting is bounded by the rows
// already imported, widened by half an hour each side.
func TestImportWindowDuringTheMeeting(t *testing.T) {
	m := reviewing(t, sampleRows())
	opt := importWindow(m.state)
	if !opt.From.Equal(incident.Add(2*time.Minute-30*time.Minute)) || !opt.To.Equal(incident.Add(time.Hour)) || opt.Day != "2026-11-19" {
		t.Errorf("window %v to %v, day %s", opt.From, opt.To, opt.Day)
	}
}
