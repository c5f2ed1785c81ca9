package tui

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// wordGap is how soon after a list key a second letter must come for the
// two to be read as the start of a typed word. A scribe types a letter
// every 100-300 ms; a facilitator who presses a key and then another
// looks at the screen in between.
const wordGap = 450 * time.Millisecond

// wordWatch is what a one-letter list key did, kept until the next key:
// when that key shows the letter began a word ("we paged…", "everyone…",
// "Is the canary…"), the key's effect is taken back and both letters go
// to the box, so a sentence typed on the list never acts on notes and
// loses no letter.
type wordWatch struct {
	// letters are the keys the word may have begun with: the list key,
	// a list key straight after a move ("ju…", "ke…"), and an i (back to
	// typing) straight after one that left the keys on the list ("di…",
	// "fi…", "gli…").
	letters []tea.KeyPressMsg
	at      time.Time
	// inverse are the events that take back what the key recorded.
	inverse []model.Event
	// What the screen was before the key.
	selected int
	// moved is set for a key that only moves the selection.
	moved          bool
	form           *fieldForm
	chooser        *chooser
	boxTarget      string
	boxNote        int
	undo           [][]model.Event
	drops          dropLog
	rowSel, anchor int
	source         string
}

// watchWord notes the screen before a key that may begin a typed word: a
// letter that is a list key, pressed on a live meeting's notes list or
// review pane. It returns nil for any other key.
func watchWord(s *meetingScreen, msg tea.KeyPressMsg) *wordWatch {
	if s.focus != focusList || s.noInput || !s.st.Started() || s.st.Ended() || s.imports.ask.open() {
		return nil
	}
	if !typedThrough(msg) || !unicode.IsLetter(firstRune(msg.Text)) || !listKey(s, msg) {
		return nil
	}
	r := &s.imports
	lk := s.c.keys.List
	return &wordWatch{letters: []tea.KeyPressMsg{msg}, at: s.c.now, moved: key.Matches(msg, lk.Up, lk.Down, lk.Top, lk.Bottom), selected: s.list.selectedID(),
		form: s.form, chooser: s.chooser, boxTarget: s.box.target, boxNote: s.box.targetNote,
		undo: s.undo, drops: r.drops, rowSel: r.sel, anchor: r.anchor, source: r.source}
}

// armed keeps the watch when what the key did can be taken back: events
// with an inverse, or only the screen's own state.
func (w *wordWatch) armed(st *model.State, o outcome) *wordWatch {
	if w == nil || o.help || o.export {
		return nil
	}
	inv, ok := inverseEvents(st, o.events)
	if !ok {
		return nil
	}
	w.inverse = inv
	return w
}

// next reads msg, a key soon after the watched one: word when msg
// proves the watched keys began a typed word; hold when the answer waits
// for the key after.
//
// A word goes on with a lower-case letter, not the same key again (dd
// deletes two notes, jj moves two rows), that a word can start with. A
// move followed by a key for the note moved to ("ge", "Ge", "ju") acts
// as the facilitator's pair unless a lower-case letter follows it at
// once ("get", "just"); one no word starts with ("jd") is theirs
// outright. An i straight after a key that left the list with the keys
// is the facilitator's "act, then back to typing" unless a lower-case
// letter follows it at once ("did…").
func (w *wordWatch) next(s *meetingScreen, msg tea.KeyPressMsg) (word, hold bool) {
	if w == nil || !typedThrough(msg) || s.c.now.Sub(w.at) > wordGap {
		return false, false
	}
	b := firstRune(msg.Text)
	lk := s.c.keys.List
	if n := len(w.letters); n >= 2 {
		// In a box the keys opened any lower-case letter goes on with
		// the word ("keep", "did"). On the list the same key again is the
		// facilitator's ("kuu" puts back two notes), and so is a third
		// consonant after two ("gng" is top, next draft, top); an i
		// there is "act, then type" unless a letter follows ("Gli…").
		if s.focus == focusList {
			last := w.letters[n-1].Text
			if msg.Text == last || !vowel(firstRune(last)) && !vowel(b) {
				return false, false
			}
			if n == 2 && key.Matches(msg, lk.ToType) {
				w.letters = append(w.letters, msg)
				w.at = s.c.now
				return false, true
			}
		}
		return unicode.IsLower(b), false
	}
	first := w.letters[0]
	if msg.Text == first.Text {
		return false, false
	}
	a := firstRune(first.Text)
	if a == 'I' {
		// The import prompt's I: a path is typed after it at once
		// ("alerts.csv"), a sentence goes on "Is", "It", "If", "In".
		return strings.ContainsRune("nstfm", b), false
	}
	if !unicode.IsLower(b) || !wordStart(unicode.ToLower(a), b) {
		return false, false
	}
	onList := s.focus == focusList
	if onList && key.Matches(msg, lk.ToType) {
		w.letters = append(w.letters, msg)
		w.at = s.c.now
		return false, true
	}
	if w.moved && onList && (key.Matches(msg, lk.bindings()...) ||
		s.imports.timeline() && key.Matches(msg, s.c.keys.Imports.bindings()...)) {
		// A move and a key for the note moved to act at once, as the
		// facilitator's pair; a third letter straight after shows the
		// two began a word ("just", "kept", "get") and takes both back.
		w.letters = append(w.letters, msg)
		w.at = s.c.now
		return false, true
	}
	return true, false
}

// also takes in what the held second key did, so that a third letter
// takes back both keys; nil when the second key's effect cannot be
// taken back, which ends the watch.
func (w *wordWatch) also(st *model.State, o outcome) *wordWatch {
	if o.help || o.export {
		return nil
	}
	inv, ok := inverseEvents(st, o.events)
	if !ok {
		return nil
	}
	w.inverse = append(inv, w.inverse...)
	return w
}

// takeBack undoes the watched key and types its letters and last into
// the box.
func (w *wordWatch) takeBack(s *meetingScreen, last tea.KeyPressMsg) outcome {
	var o outcome
	s.form, s.chooser = w.form, w.chooser
	r := &s.imports
	if r.ask.open() {
		r.ask.box = nil
	}
	if s.box.target != w.boxTarget || s.box.targetNote != w.boxNote {
		s.box.finish(composeContextOf(s.st), s.st.Summary)
	}
	s.undo = w.undo
	s.list.canUndo = len(s.undo) > 0
	if r.source != w.source {
		r.source = w.source
		r.rebuild()
	}
	r.drops, r.anchor = w.drops, w.anchor
	r.move(w.rowSel)
	s.list.selectID(w.selected)
	s.pendingSelect = w.selected
	o.add(w.inverse...)
	s.setFocus(focusType)
	typed := ""
	for _, k := range append(w.letters, last) {
		t := s.updateTyping(k)
		o.add(t.events...)
		o.cmd = t.cmd
		typed += k.Text
	}
	s.setStatus("typing \""+typed+"…\": esc goes back to the notes list", false)
	return o
}

// inverseEvents are the events that undo evs, applied to st as it is
// before them, last first; false when one of them cannot be undone.
func inverseEvents(st *model.State, evs []model.Event) ([]model.Event, bool) {
	added := map[int]bool{}
	for _, ev := range evs {
		if ev.Kind == model.NoteAdded {
			added[ev.Note] = true
		}
	}
	var out []model.Event
	for i := len(evs) - 1; i >= 0; i-- {
		ev := evs[i]
		switch ev.Kind {
		case model.DraftSaved:
			// The box's draft is recorded again as it ends up.
		case model.NoteMoved:
			n, ok := st.Note(ev.Note)
			if !ok {
				return nil, false
			}
			out = append(out, model.Event{Kind: model.NoteMoved, Note: ev.Note, Section: n.Section})
		case model.NoteDeleted:
			back := st.RestoreEvents(ev.Note)
			if len(back) == 0 {
				return nil, false
			}
			out = append(out, back...)
		case model.NoteAdded:
			// A note put back with its whys: deleting it takes them too.
			if !added[ev.Parent] {
				out = append(out, model.Event{Kind: model.NoteDeleted, Note: ev.Note})
			}
		case model.FlagDismissed:
			if !added[ev.Note] {
				return nil, false
			}
		case model.RiskAccepted:
			out = append(out, model.Event{Kind: model.RiskAccepted, Value: yesNo(st.RiskAccepted)})
		case model.DraftDropped:
			out = append(out, model.Event{Kind: model.DraftRestored, Draft: ev.Draft})
		case model.DraftRestored:
			out = append(out, model.Event{Kind: model.DraftDropped, Draft: ev.Draft})
		default:
			return nil, false
		}
	}
	return out, true
}

// onsets are the pairs of consonants an English word starts with; a
// vowel after any letter, or any letter after a vowel, starts one too.
// Not y: "dy" is the review pane's drop-then-keep far more often than
// a word.
var onsets = strings.Fields("bl br ch cl cr dr dw fl fr gh gl gn gr kn pf ph pl pr ps sc sh sk sl sm sn sp sq st sw th tr tw wh wr")

// wordStart reports whether a word can begin with the letters a then b,
// so that "we", "ev", "is", "dr" read as typing and "fw" (mark a factor,
// ask why) or "jd" (move down, delete) as two keys.
func wordStart(a, b rune) bool {
	if vowel(a) || vowel(b) {
		return true
	}
	return slices.Contains(onsets, string([]rune{a, b}))
}

func vowel(r rune) bool { return strings.ContainsRune("aeiouAEIOU", r) }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
