package export

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// TestAuthorsShownOrHidden: a note from a served meeting is signed with
// its author only when the export asks for authors.
func TestAuthorsShownOrHidden(t *testing.T) {
	ag := agenda.Default()
	at := time.Date(2026, 11, 21, 15, 0, 0, 0, time.UTC)
	evs := []model.Event{
		{Seq: 1, At: at, Kind: model.SessionCreated, Agenda: &ag, Setup: &model.Setup{Title: "Checkout outage", Severity: model.SEV2}},
		{Seq: 2, At: at, Kind: model.PhaseStarted, Phase: "well"},
		{Seq: 3, At: at, Kind: model.NoteAdded, Note: 1, Phase: "well", Text: "Paging reached the right team", Author: "kimberly"},
		{Seq: 4, At: at, Kind: model.NoteAdded, Note: 2, Phase: "well", Text: "The rollback was one command"},
	}
	st, err := model.Fold(evs)
	if err != nil {
		t.Fatal(err)
	}
	for _, publish := range []bool{false, true} {
		shown := Markdown(st, evs, Options{Authors: true, Publish: publish})
		if !strings.Contains(shown, "Paging reached the right team — *kimberly*") {
			t.Errorf("publish=%v: authors asked for, not shown:\n%s", publish, shown)
		}
		if strings.Contains(shown, "The rollback was one command —") {
			t.Errorf("publish=%v: a note with no author is signed", publish)
		}
		hidden := Markdown(st, evs, Options{Publish: publish})
		if strings.Contains(hidden, "kimberly") && publish {
			t.Errorf("publish=%v: the author shows though authors are hidden:\n%s", publish, hidden)
		}
		if strings.Contains(hidden, "— *kimberly*") {
			t.Errorf("publish=%v: the note is signed though authors are hidden", publish)
		}
	}
}
