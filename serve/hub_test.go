package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// connected is how many links are joined.
func (h *Hub) connected() int {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return len(h.links)
}

// drafting is how many keys have a draft kept.
func (h *Hub) drafting() int {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return len(h.drafts)
}

func newHub(t *testing.T) (*Hub, *store.File) {
	t.Helper()
	return newHubIn(t, t.TempDir())
}

// newHubIn starts a meeting's session file in dir and a hub writing it.
func newHubIn(t *testing.T, dir string) (*Hub, *store.File) {
	t.Helper()
	f, err := store.Create(filepath.Join(dir, "s.debrief.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ag := agenda.Default()
	first := []model.Event{{Seq: 1, At: time.Now().UTC(), Kind: model.SessionCreated, Agenda: &ag}}
	if err := f.Append(first...); err != nil {
		t.Fatal(err)
	}
	h, err := NewHub(f, first, HubOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close(); f.Close() })
	return h, f
}

// settle waits until the hub has taken everything submitted so far:
// Record goes through the same queue.
func settle(t *testing.T, h *Hub) {
	t.Helper()
	if err := h.Record(); err != nil {
		t.Fatal(err)
	}
}

func note(phase, text string) model.Event {
	return model.Event{Kind: model.NoteAdded, Note: 2, Phase: phase, Text: text}
}

func TestHubNumbersNotesAndSignsThem(t *testing.T) {
	h, _ := newHub(t)
	bo, _, _ := h.Join(Identity{Name: "bo", Fingerprint: "fb", Access: model.Scribe})
	cy, _, _ := h.Join(Identity{Name: "cy", Fingerprint: "fc", Access: model.Scribe})
	// Both screens think the next note is 2; the second one adds a why
	// under its own new note in the same submission.
	bo.Submit(note("well", "alerts fired"))()
	cy.Submit(note("well", "pager worked"), model.Event{Kind: model.NoteAdded, Note: 3, Parent: 2, Phase: "well", Text: "why", Author: "forged"})()
	settle(t, h)
	st, err := model.Fold(h.Events())
	if err != nil {
		t.Fatal(err)
	}
	byText := map[string]*model.Note{}
	for _, id := range append(st.Notes("well"), 3) {
		if n, ok := st.Note(id); ok {
			byText[n.Text] = n
		}
	}
	a, p, w := byText["alerts fired"], byText["pager worked"], byText["why"]
	if a == nil || p == nil || w == nil || a.ID == p.ID {
		t.Fatalf("notes: %+v", byText)
	}
	if a.Author != "bo" || p.Author != "cy" || w.Author != "cy" || w.Parent != p.ID {
		t.Fatalf("authors or parent wrong: %+v %+v %+v", a, p, w)
	}
}

func TestHubCleansAndBoundsText(t *testing.T) {
	h, _ := newHub(t)
	bo, _, _ := h.Join(Identity{Name: "bo", Fingerprint: "fb", Access: model.Scribe})
	bo.Submit(note("well", "red \x1b[31mtext\x07 \u009b2J here\nnext"))()
	bo.Submit(note("well", strings.Repeat("x", DefaultMaxText+1)))()
	settle(t, h)
	evs := h.Events()
	if got := evs[len(evs)-1].Text; got != "red [31mtext 2J here\nnext" {
		t.Fatalf("cleaned text %q", got)
	}
	if msgs := bo.news(); !hasNotice(msgs, "more than the 8192") {
		t.Fatalf("no notice for the oversized note: %#v", msgs)
	}
}

func hasNotice(msgs []any, want string) bool {
	for _, m := range msgs {
		if n, ok := m.(NoticeMsg); ok && strings.Contains(n.Text, want) {
			return true
		}
	}
	return false
}

func TestHubNeverWaitsForAScreen(t *testing.T) {
	h, _ := newHub(t)
	// A screen that never takes its news.
	h.Join(Identity{Name: "stuck", Fingerprint: "fs", Access: model.Viewer})
	bo, _, _ := h.Join(Identity{Name: "bo", Fingerprint: "fb", Access: model.Scribe})
	for i := range 500 {
		bo.Submit(note("well", "n"+strings.Repeat("i", i%5)))()
	}
	settle(t, h)
	if n := len(h.Events()); n != 501 {
		t.Fatalf("the hub took %d events, want 501", n)
	}
	// What the stuck screen missed comes in one message when it asks.
	stuck := func() *Link {
		h.mu.RLock()
		defer h.mu.RUnlock()
		return h.links[1]
	}()
	var evs int
	for _, m := range stuck.news() {
		if e, ok := m.(EventsMsg); ok {
			evs += len(e.Events)
		}
	}
	if evs != 500 {
		t.Fatalf("the stuck screen got %d events, want the 500 it missed", evs)
	}
}

func TestHubKeepsDraftsByKey(t *testing.T) {
	h, _ := newHub(t)
	kim, _, draft := h.Join(Identity{Name: "kim", Fingerprint: "fk", Access: model.Participant})
	if draft != "" {
		t.Fatalf("a first join has draft %q", draft)
	}
	kim.Draft("the runbook was")()
	if !drafting(kim.news(), "kim") {
		t.Fatal("kim is not shown typing")
	}
	kim.Leave()
	_, _, draft = h.Join(Identity{Name: "kim", Fingerprint: "fk", Access: model.Participant})
	if draft != "the runbook was" {
		t.Fatalf("kim's draft came back as %q", draft)
	}
	_, _, other := h.Join(Identity{Name: "kim", Fingerprint: "another key", Access: model.Participant})
	if other != "" {
		t.Fatalf("another key got kim's draft %q", other)
	}
}

func drafting(msgs []any, name string) bool {
	for _, m := range msgs {
		if p, ok := m.(PresenceMsg); ok {
			for _, x := range p.People {
				if x.Name == name && x.Drafting {
					return true
				}
			}
		}
	}
	return false
}

func TestPromote(t *testing.T) {
	h, _ := newHub(t)
	ana, _, _ := h.Join(Identity{Name: "ana", Fingerprint: "fa", Access: model.Facilitator})
	bo, _, _ := h.Join(Identity{Name: "bo", Fingerprint: "fb", Access: model.Scribe})
	vi, _, _ := h.Join(Identity{Name: "vi", Fingerprint: "fv", Access: model.Viewer})
	bo.Promote(vi.ID(), model.Facilitator)()
	if !hasNotice(bo.news(), "only the facilitator") || vi.Identity().Access != model.Viewer {
		t.Fatal("a scribe promoted someone")
	}
	vi.news()
	ana.Promote(vi.ID(), model.Participant)()
	if vi.Identity().Access != model.Participant {
		t.Fatal("the facilitator's promotion did not take")
	}
	var got []any
	got = vi.news()
	if len(got) == 0 || got[0] != (AccessMsg{Access: model.Participant}) {
		t.Fatalf("vi was not told: %#v", got)
	}
	vi.Submit(note("well", "mine now"))()
	settle(t, h)
	if evs := h.Events(); evs[len(evs)-1].Author != "vi" {
		t.Fatal("the promoted participant's note was refused")
	}
}

func TestHubReportsAFailedWrite(t *testing.T) {
	h, f := newHub(t)
	bo, _, _ := h.Join(Identity{Name: "bo", Fingerprint: "fb", Access: model.Scribe})
	f.Close()
	bo.Submit(note("well", "kept in memory"))()
	if err := h.Record(); err == nil || !strings.Contains(err.Error(), "kept in memory") {
		t.Fatalf("Record after a failed write: %v", err)
	}
	if w := h.Warning(); !strings.Contains(w, "1 changes are kept in memory") {
		t.Fatalf("warning %q", w)
	}
	var warned bool
	for _, m := range bo.news() {
		if p, ok := m.(PresenceMsg); ok && p.Warning != "" {
			warned = true
		}
	}
	if !warned || h.Events()[len(h.Events())-1].Text != "kept in memory" {
		t.Fatal("the failed write was not shown, or the note was dropped")
	}
}

func TestNewHubWantsTheWholeLog(t *testing.T) {
	f, err := store.Create(filepath.Join(t.TempDir(), "s.debrief.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ag := agenda.Default()
	first := []model.Event{{Seq: 1, At: time.Now().UTC(), Kind: model.SessionCreated, Agenda: &ag}}
	if _, err := NewHub(f, first, HubOptions{}); err == nil || !strings.Contains(err.Error(), "the file holds 0 events, 1 were given") {
		t.Fatalf("events not on disk: %v", err)
	}
	first[0].Seq = 4
	f.Append(first...)
	if _, err := NewHub(f, first, HubOptions{}); err == nil || !strings.Contains(err.Error(), "needs the whole log") {
		t.Fatalf("a log not from seq 1: %v", err)
	}
}

// TestNoteAndEmptyBoxArriveTogether: the enter that adds a note also
// empties the box; a viewer gets the note and "no longer typing" in one
// wake, so their screen draws one frame for the two.
func TestNoteAndEmptyBoxArriveTogether(t *testing.T) {
	h, _ := newHub(t)
	kim, _, _ := h.Join(Identity{Name: "kim", Fingerprint: "fk", Access: model.Scribe})
	val, _, _ := h.Join(Identity{Name: "val", Fingerprint: "fv", Access: model.Viewer})
	kim.Draft("the runbook was")()
	if !drafting(val.news(), "kim") {
		t.Fatal("kim is not shown typing")
	}
	// The screen records both when enter is handled; the hub runs them
	// in whatever order they reach it.
	submit := kim.Submit(note("well", "the runbook was out of date"))
	kim.Draft("")
	submit()
	settle(t, h)
	msgs := val.news()
	var notes int
	presence := false
	for _, m := range msgs {
		switch m := m.(type) {
		case EventsMsg:
			notes += len(m.Events)
		case PresenceMsg:
			presence = true
		}
	}
	if notes != 1 || !presence || drafting(msgs, "kim") {
		t.Fatalf("one wake should bring the note and kim no longer typing: %#v", msgs)
	}
}

// A session file removed under the meeting will not take the changes
// however often they are written: the warning must not promise the next
// change will, and says where they go instead.
func TestHubWarnsThatAChangedFileIsRescued(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "meetings")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	h, _ := newHubIn(t, dir)
	bo, _, _ := h.Join(Identity{Name: "bo", Fingerprint: "fb", Access: model.Scribe})
	os.RemoveAll(dir)
	bo.Submit(note("well", "typed after the folder went"))()
	h.Record() // waits for the write, which fails
	w := h.Warning()
	if strings.Contains(w, "written on the next change") || !strings.Contains(w, "rescue copy") {
		t.Fatalf("warning %q", w)
	}
}
