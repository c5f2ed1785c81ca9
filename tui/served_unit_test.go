package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"
)

// joinedModel is one person's meeting screen joined to r's hub, driven
// by hand rather than over SSH.
func joinedModel(t *testing.T, r *room, name string, a model.Access) *Model {
	t.Helper()
	ident := serve.Identity{Name: name, Fingerprint: "fp-" + name, Access: a}
	link, evs, draft := r.hub.Join(ident)
	t.Cleanup(link.Leave)
	m, ok := Screen(Options{}, model.Policy{})(serve.Client{Identity: ident, Link: link, Events: evs, Draft: draft,
		Terminal: serve.Terminal{Width: 80, Height: 24}}).(*Model)
	if !ok {
		t.Fatal("the served screen is not the meeting")
	}
	return m
}

func frame(m *Model) string { return ansi.Strip(m.View().Content) }

// TestServedRefusalAndPromotion: a refusal from the hub is shown to the
// person it concerns, and a viewer promoted to scribe gets the note box
// and the keys to use it.
func TestServedRefusalAndPromotion(t *testing.T) {
	r := openRoom(t, []guest{newGuest(t, "kim", "scribe")}, "well")
	m := joinedModel(t, r, "val", model.Viewer)
	if f := frame(m); strings.Contains(f, "note ›") || !strings.Contains(f, "VIEWER") {
		t.Fatalf("a viewer's screen:\n%s", f)
	}
	m.Update(serve.NoticeMsg{Text: "a viewer cannot record note_added: viewers follow the meeting read-only"})
	if f := frame(m); !strings.Contains(f, "viewers follow the meeting read-only") {
		t.Errorf("the refusal is not shown to the viewer:\n%s", f)
	}
	m.Update(serve.AccessMsg{Access: model.Scribe})
	f := frame(m)
	if !strings.Contains(f, "note ›") || !strings.Contains(f, "val · scribe") || !strings.Contains(f, "you are now a scribe") {
		t.Errorf("after the promotion the screen should have the note box:\n%s", f)
	}
	m.Update(tea.KeyPressMsg{Code: 'x', Text: "x"})
	if !strings.Contains(frame(m), "note › x") {
		t.Errorf("the promoted scribe cannot type:\n%s", frame(m))
	}
	m.Update(serve.NoticeMsg{Text: "participants change only their own notes"})
	if f := frame(m); !strings.Contains(f, "participants change only their own notes") {
		t.Errorf("the refusal is not on the status line:\n%s", f)
	}
}
