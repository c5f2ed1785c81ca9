package tui

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"
	"github.com/debrief-dev/debrief/serve/servetest"
)

// notedRoom is a served meeting in phase with a note by kim (a scribe)
// and one by pat (a participant) in it, so the notes list has keys to
// offer.
func notedRoom(t *testing.T, phase string) *room {
	t.Helper()
	ag := agenda.Default()
	now := time.Now().UTC()
	return openRoomEvents(t, []servetest.Person{servetest.NewPerson(t, "kim", "scribe")}, []model.Event{
		{Seq: 1, At: now, Kind: model.SessionCreated, Agenda: &ag, Setup: &model.Setup{Title: "Checkout outage", Severity: model.SEV2}},
		{Seq: 2, At: now, Kind: model.PhaseStarted, Phase: phase},
		{Seq: 3, At: now, Kind: model.NoteAdded, Note: 1, Phase: phase, Text: "09:14 the pool ran dry", Author: "kim"},
		{Seq: 4, At: now, Kind: model.NoteAdded, Note: 2, Phase: phase, Text: "09:20 retries doubled the load", Author: "pat"},
	})
}

// hostModel is the host's own screen in r, at w×h.
func hostModel(t *testing.T, r *room, w, h int) *Model {
	t.Helper()
	ident := serve.Identity{Name: "ana", Fingerprint: "fp-ana", Access: model.Facilitator}
	link, evs, draft := r.hub.Join(ident)
	t.Cleanup(link.Leave)
	m, ok := HostScreen(Options{}, model.Policy{}, serve.Client{Identity: ident, Link: link, Events: evs, Draft: draft,
		Terminal: serve.Terminal{Width: w, Height: h}}, "ssh -p 2461 localhost").(*Model)
	if !ok {
		t.Fatal("the host's screen is not the meeting")
	}
	return m
}

// press is what a terminal sends for the key named k, as key.Binding
// names keys.
func press(k string) tea.KeyPressMsg {
	named := map[string]rune{"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp,
		"down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight, "home": tea.KeyHome, "end": tea.KeyEnd,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "delete": tea.KeyDelete, "f1": tea.KeyF1, "space": tea.KeySpace}
	var mod tea.KeyMod
	for _, p := range []struct {
		prefix string
		mod    tea.KeyMod
	}{{"ctrl+", tea.ModCtrl}, {"shift+", tea.ModShift}, {"alt+", tea.ModAlt}} {
		if rest, ok := strings.CutPrefix(k, p.prefix); ok && rest != "" {
			mod, k = mod|p.mod, rest
		}
	}
	if r, ok := named[k]; ok {
		msg := tea.KeyPressMsg{Code: r, Mod: mod}
		if r == tea.KeySpace && mod == 0 {
			msg.Text = " "
		}
		return msg
	}
	r, _ := utf8.DecodeRuneInString(k)
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: k}
}

// listed is the keys a screen offers now: its help line, and in the keys
// sheet the keys, not dimmed, of the groups that act where the keys go
// now (the sheet's other groups are for the modes they are titled with).
func listed(m *Model, onList bool) []key.Binding {
	h := m.meeting.Help()
	var out []key.Binding
	for _, b := range h.ShortHelp() {
		if b.Enabled() && b.Help().Key != "" {
			out = append(out, b)
		}
	}
	here := map[string]bool{"Always": true, "Typing (the note box)": !onList, "Editing the line": !onList,
		"Notes list (esc)": onList, "Imports (timeline)": onList}
	for _, g := range h.groups {
		for _, b := range g.bindings {
			if here[g.title] && b.Enabled() && b.Help().Key != "" {
				out = append(out, b)
			}
		}
	}
	return out
}

// acts reports whether pressing b on a screen set up afresh does
// anything: the screen changes, a command runs or a change is submitted.
// A change the hub would refuse this role is an error.
func acts(t *testing.T, fresh func() *Model, b key.Binding, role model.Access, name string) bool {
	t.Helper()
	m := fresh()
	before := frame(m)
	_, cmd := m.Update(press(b.Keys()[0]))
	for _, ev := range m.served.outbox {
		if err := model.Permit(m.state, model.Policy{}, role, name, ev); err != nil {
			t.Errorf("%s: %q %q submits a change the hub refuses: %v", role, b.Help().Key, b.Help().Desc, err)
		}
	}
	return cmd != nil || len(m.served.outbox) > 0 || frame(m) != before || m.helpOpen()
}

// TestEveryOfferedKeyWorksForItsRole: for each role, in phases with
// different keys, typing and on the notes list, every key the help line
// offers, and every key the keys sheet offers for where the keys go now,
// does something when pressed, and nothing it sends is refused by the hub
// for that role.
func TestEveryOfferedKeyWorksForItsRole(t *testing.T) {
	people := map[model.Access]string{model.Facilitator: "ana", model.Scribe: "kim", model.Participant: "pat", model.Viewer: "val"}
	for _, phase := range []string{"impact", "timeline", "poorly", "actions"} {
		r := notedRoom(t, phase)
		for _, role := range []model.Access{model.Facilitator, model.Scribe, model.Participant, model.Viewer} {
			name := people[role]
			for _, onList := range []bool{false, true} {
				fresh := func() *Model {
					m := joinedModel(t, r, name, role)
					if onList {
						m.Update(press("esc"))
					} else if role != model.Viewer {
						// Text with a flag, for the keys that act on it.
						typeKeys(m, "Tom should have checked the dashboard")
					}
					return m
				}
				m := fresh()
				if !onList && role != model.Viewer && len(m.meeting.box.findings) == 0 {
					t.Fatalf("%s in %s: the box's text is not flagged", role, phase)
				}
				seen := map[string]bool{}
				for _, b := range listed(m, onList) {
					id := b.Help().Key + " " + b.Help().Desc
					if seen[id] || isPagerKey(m, b) {
						continue
					}
					seen[id] = true
					if !acts(t, fresh, b, role, name) {
						t.Errorf("%s in %s (list: %v) is offered %q, which does nothing", role, phase, onList, id)
					}
				}
			}
		}
	}
}

// isPagerKey is a key of the wrap-up, preview and keys sheet, which acts
// only there (the keys sheet's own tests scroll with them).
func isPagerKey(m *Model, b key.Binding) bool {
	p := m.c.keys.Pager
	for _, k := range []key.Binding{p.Up, p.Down, p.PageUp, p.PageDown, p.Close} {
		if k.Help() == b.Help() {
			return true
		}
	}
	return false
}

// TestRolesAreNotOfferedWhatTheHubRefuses: a participant is not offered
// importing, classifying or the imported rows' keys; a viewer's keys
// sheet lists only the sheet and leaving; the meeting's sheet never lists
// replay's keys.
func TestRolesAreNotOfferedWhatTheHubRefuses(t *testing.T) {
	r := notedRoom(t, "timeline")
	pat := joinedModel(t, r, "pat", model.Participant)
	pat.Update(press("esc"))
	var offered []key.Binding
	for _, g := range pat.meeting.Help().groups {
		offered = append(offered, g.bindings...)
	}
	for _, b := range append(offered, pat.meeting.Help().ShortHelp()...) {
		if !b.Enabled() && b.Help().Key == "" {
			continue
		}
		switch b.Help().Key {
		case "I", "c", "y", "v", "m", "s", "ctrl+n", "ctrl+o":
			t.Errorf("a participant is offered %q %q", b.Help().Key, b.Help().Desc)
		}
	}
	val := joinedModel(t, r, "val", model.Viewer)
	var titles []string
	for _, g := range val.meeting.Help().groups {
		for _, b := range g.bindings {
			if b.Help().Key != "" {
				titles = append(titles, g.title)
				break
			}
		}
	}
	if got := strings.Join(titles, " | "); got != "Always | Wrap-up, preview, this sheet" {
		t.Errorf("a viewer's keys sheet has the groups %q", got)
	}
	var always []string
	for _, b := range val.meeting.Help().groups[0].bindings {
		if b.Help().Key != "" {
			always = append(always, b.Help().Key+" "+b.Help().Desc)
		}
	}
	if got := strings.Join(always, ", "); got != "? all keys, ctrl+c leave" {
		t.Errorf("a viewer's keys sheet offers %q, want only ? and ctrl+c", got)
	}
	if f := frame(val); !strings.Contains(f, "? all keys • ctrl+c leave") {
		t.Errorf("a viewer's screen does not say how to leave:\n%s", f)
	}
	kim := joinedModel(t, r, "kim", model.Scribe)
	for _, g := range kim.meeting.Help().groups {
		if strings.Contains(g.title, "Replay") {
			t.Errorf("the meeting's keys sheet lists replay's keys")
		}
	}
}

// TestEndingOrLeavingIsAlwaysOnScreenAt80x24: the host's screen shows
// "ctrl+c end meeting", a guest's "ctrl+c leave", at 80x24 in every phase,
// typing and on the notes list, with a long hint at the foot.
func TestEndingOrLeavingIsAlwaysOnScreenAt80x24(t *testing.T) {
	for _, ph := range agenda.Default().Phases {
		r := notedRoom(t, ph.ID)
		screens := map[string]*Model{
			"ctrl+c end meeting": hostModel(t, r, 80, 24),
			"ctrl+c leave":       joinedModel(t, r, "kim", model.Scribe),
		}
		pat := joinedModel(t, r, "pat", model.Participant)
		for want, m := range screens {
			for _, keys := range [][]string{nil, {"esc"}, {"esc", "i"}} {
				for _, k := range keys {
					m.Update(press(k))
				}
				if f := frame(m); !strings.Contains(f, want) {
					t.Errorf("%s, after %v: %q is not on the screen:\n%s", ph.ID, keys, want, f)
				}
			}
		}
		if f := frame(pat); !strings.Contains(f, "ctrl+c leave") {
			t.Errorf("%s: a participant is not told how to leave:\n%s", ph.ID, f)
		}
	}
}

// TestRolePickerNamesEveryRoleAt80: with the picker open at 80 columns
// every number is shown with the role it gives, and how to close it.
func TestRolePickerNamesEveryRoleAt80(t *testing.T) {
	r := notedRoom(t, "well")
	fa := hostModel(t, r, 80, 24)
	valIdent := serve.Identity{Name: "val", Fingerprint: "fp-val", Access: model.Viewer}
	val, _, _ := r.hub.Join(valIdent)
	defer val.Leave()
	fa.Update(serve.PresenceMsg{People: []serve.Presence{
		{ID: fa.served.Link.ID(), Name: "ana", Access: model.Facilitator},
		{ID: val.ID(), Name: "val", Access: model.Viewer},
	}})
	fa.Update(press("ctrl+g"))
	f := frame(fa)
	for _, want := range []string{"1 viewer", "2 participant", "3 scribe", "4 facilitator", "←/→ person", "esc done", "ctrl+c end meeting", "roles: "} {
		if !strings.Contains(f, want) {
			t.Errorf("the open picker does not show %q at 80 columns:\n%s", want, f)
		}
	}
	fa.Update(press("esc"))
	if f := frame(fa); strings.Contains(f, "2 participant") || !strings.Contains(f, "ctrl+g roles") && !strings.Contains(f, "…") {
		t.Errorf("closing the picker does not give the help line back:\n%s", f)
	}
}

// TestLongStatusWrapsBetweenWords: at 80x24 a participant's status naming
// the phases open to them is shown whole, wrapped between words; one too
// long for the rows it may take is shortened at a word, and the keys
// sheet shows it whole.
func TestLongStatusWrapsBetweenWords(t *testing.T) {
	r := notedRoom(t, "opening")
	pat := joinedModel(t, r, "pat", model.Participant)
	want := pat.meeting.status
	if !strings.Contains(want, "What didn't go well") {
		t.Fatalf("the participant's status is %q", want)
	}
	if got := strings.Join(strings.Fields(frame(pat)), " "); !strings.Contains(got, want) {
		t.Errorf("the status %q is not whole on the screen:\n%s", want, frame(pat))
	}
	long := "the session file could not be written: " + strings.Repeat("the disk holding it is full again ", 12) + "END"
	pat.meeting.setStatus(long, true)
	f := frame(pat)
	words := map[string]bool{}
	for _, w := range strings.Fields(long) {
		words[w] = true
	}
	status := 0
	for _, l := range strings.Split(f, "\n") {
		if !strings.Contains(l, "the disk holding") {
			continue
		}
		status++
		for _, w := range strings.Fields(strings.TrimPrefix(strings.TrimSpace(l), "TYPING · note ")) {
			if !words[strings.TrimSuffix(w, "…")] {
				t.Errorf("the long status is cut inside a word (%q):\n%s", w, f)
			}
		}
	}
	if status < 1 || status > maxStatusLines {
		t.Errorf("the long status takes %d lines, want 1 to %d:\n%s", status, maxStatusLines, f)
	}
	if strings.Contains(f, "END") {
		t.Errorf("a status longer than its rows is not shortened:\n%s", f)
	}
	pat.Update(press("f1"))
	if got := strings.Join(strings.Fields(frame(pat)), " "); !strings.Contains(got, "Last message: "+strings.Join(strings.Fields(long), " ")) {
		t.Errorf("the keys sheet does not show the whole status:\n%s", frame(pat))
	}
}

// TestParticipantToldTheWrapUpIsNotTheirs: in the wrap-up a participant
// is not told to type ahead for a phase that will not come.
func TestParticipantToldTheWrapUpIsNotTheirs(t *testing.T) {
	r := notedRoom(t, "actions")
	pat := joinedModel(t, r, "pat", model.Participant)
	if !strings.Contains(pat.meeting.status, "type ahead") {
		t.Fatalf("in the action items the participant is told %q", pat.meeting.status)
	}
	pat.Update(serve.EventsMsg{Events: []model.Event{{Seq: 5, At: time.Now().UTC(), Kind: model.MeetingEnded}}})
	if f := strings.Join(strings.Fields(frame(pat)), " "); strings.Contains(f, "type ahead") || !strings.Contains(f, "write the summary") {
		t.Errorf("in the wrap-up the participant's status is %q:\n%s", pat.meeting.status, f)
	}
}
