package tui

import (
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// highlight is a byte range of the note box's text to mark, such as the
// span a phrasing rule flagged.
type highlight struct{ start, end int }

// noteBox is the scribe's editor. It is ours rather than the bubbles
// textarea because it must highlight flagged spans as they are typed, keep
// pasted text whole with no character limit, and wrap long notes instead
// of scrolling them sideways.
type noteBox struct {
	runes []rune
	// text is runes as a string, kept in step by every change so reading
	// it (the checker, the live line, the draft) costs nothing per read.
	text   string
	cursor int
	// label says what enter will do with the text ("note", "edit #7", "why?").
	label       string
	placeholder string
}

// editKeys are the box's editing keys, matched as bindings like every
// other key.
var editKeys = struct {
	Left, Right, Home, End, WordLeft, WordRight, Backspace, Delete, DeleteWord, DeleteToStart, DeleteToEnd key.Binding
}{
	Left:          key.NewBinding(key.WithKeys("left")),
	Right:         key.NewBinding(key.WithKeys("right")),
	Home:          key.NewBinding(key.WithKeys("home", "ctrl+a")),
	End:           key.NewBinding(key.WithKeys("end", "ctrl+e")),
	WordLeft:      key.NewBinding(key.WithKeys("alt+left", "ctrl+left", "alt+b")),
	WordRight:     key.NewBinding(key.WithKeys("alt+right", "ctrl+right", "alt+f")),
	Backspace:     key.NewBinding(key.WithKeys("backspace", "ctrl+h")),
	Delete:        key.NewBinding(key.WithKeys("delete")),
	DeleteWord:    key.NewBinding(key.WithKeys("ctrl+w", "alt+backspace")),
	DeleteToStart: key.NewBinding(key.WithKeys("ctrl+u")),
	DeleteToEnd:   key.NewBinding(key.WithKeys("ctrl+k")),
}

// Value is the text in the box.
func (b *noteBox) Value() string { return b.text }

func (b *noteBox) changed() { b.text = string(b.runes) }

// SetValue replaces the text and puts the cursor at its end.
func (b *noteBox) SetValue(s string) {
	b.runes = []rune(clean(s, true))
	b.cursor = len(b.runes)
	b.changed()
}

// Reset empties the box.
func (b *noteBox) Reset() { b.runes, b.cursor, b.text = nil, 0, "" }

// Empty reports whether nothing but spaces has been typed.
func (b *noteBox) Empty() bool {
	for _, r := range b.runes {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// Insert types s at the cursor; s is cleaned of control sequences first.
func (b *noteBox) Insert(s string) {
	r := []rune(clean(s, true))
	if len(r) == 0 {
		return
	}
	b.runes = append(b.runes[:b.cursor], append(r, b.runes[b.cursor:]...)...)
	b.cursor += len(r)
	b.changed()
}

// HandleKey applies an editing key and reports whether it used the key.
func (b *noteBox) HandleKey(msg tea.KeyPressMsg) bool {
	k := editKeys
	n := len(b.runes)
	switch {
	case key.Matches(msg, k.Left):
		b.cursor = max(0, b.cursor-1)
	case key.Matches(msg, k.Right):
		b.cursor = min(n, b.cursor+1)
	case key.Matches(msg, k.Home):
		b.cursor = 0
	case key.Matches(msg, k.End):
		b.cursor = n
	case key.Matches(msg, k.WordLeft):
		b.cursor = b.wordLeft()
	case key.Matches(msg, k.WordRight):
		b.cursor = b.wordRight()
	case key.Matches(msg, k.Backspace):
		if b.cursor > 0 {
			b.runes = append(b.runes[:b.cursor-1], b.runes[b.cursor:]...)
			b.cursor--
		}
	case key.Matches(msg, k.Delete):
		if b.cursor < n {
			b.runes = append(b.runes[:b.cursor], b.runes[b.cursor+1:]...)
		}
	case key.Matches(msg, k.DeleteWord):
		to := b.wordLeft()
		b.runes = append(b.runes[:to], b.runes[b.cursor:]...)
		b.cursor = to
	case key.Matches(msg, k.DeleteToStart):
		b.runes = append(b.runes[:0], b.runes[b.cursor:]...)
		b.cursor = 0
	case key.Matches(msg, k.DeleteToEnd):
		b.runes = b.runes[:b.cursor]
	default:
		if msg.Text == "" || msg.Mod&(tea.ModCtrl|tea.ModAlt) != 0 {
			return false
		}
		b.Insert(msg.Text)
	}
	if key.Matches(msg, k.Backspace, k.Delete, k.DeleteWord, k.DeleteToStart, k.DeleteToEnd) {
		b.changed()
	}
	return true
}

func (b *noteBox) wordLeft() int {
	i := b.cursor
	for i > 0 && unicode.IsSpace(b.runes[i-1]) {
		i--
	}
	for i > 0 && !unicode.IsSpace(b.runes[i-1]) {
		i--
	}
	return i
}

func (b *noteBox) wordRight() int {
	i := b.cursor
	for i < len(b.runes) && unicode.IsSpace(b.runes[i]) {
		i++
	}
	for i < len(b.runes) && !unicode.IsSpace(b.runes[i]) {
		i++
	}
	return i
}

// wrapRunes breaks text into lines of at most width cells, at spaces when
// it can, and returns each line's start and end rune offsets. A line
// break in the text ends a line; it belongs to no line.
func wrapRunes(rs []rune, width int) [][2]int {
	width = max(1, width)
	var out [][2]int
	start, cells, lastSpace := 0, 0, -1
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\n' {
			out = append(out, [2]int{start, i})
			start, cells, lastSpace = i+1, 0, -1
			continue
		}
		w := runeCells(r)
		if cells+w > width && i > start {
			cut := i
			if lastSpace > start {
				cut = lastSpace + 1
			}
			out = append(out, [2]int{start, cut})
			start, lastSpace = cut, -1
			cells = 0
			for _, c := range rs[start:i] {
				cells += runeCells(c)
			}
		}
		if r == ' ' {
			lastSpace = i
		}
		cells += w
	}
	return append(out, [2]int{start, len(rs)})
}

// wrapText wraps plain text to width cells, breaking only at spaces (a
// word longer than the width is cut), so "ENG-4421" and dates stay whole.
func wrapText(s string, width int) []string {
	rs := []rune(s)
	lines := wrapRunes(rs, width)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimRight(string(rs[l[0]:l[1]]), " ")
	}
	return out
}

// shortenAtWord fits plain text in w cells: whole when it fits, else cut
// at a space and ended with "…", so no word is shown in part (a first
// word wider than w is cut within it).
func shortenAtWord(s string, w int) string {
	if ansi.StringWidth(s) <= w {
		return s
	}
	if w <= 1 {
		return ansi.Truncate(s, w, "…")
	}
	// The last space that leaves room for "…": as many whole words as
	// fit, even where wrapping would keep two words together.
	cut, used := -1, 0
	for i, r := range s {
		if r == '\n' {
			break
		}
		if r == ' ' && i > 0 {
			cut = i
		}
		if used += runeCells(r); used > w-1 {
			break
		}
	}
	if cut > 0 {
		if head := strings.TrimRight(s[:cut], " "); head != "" {
			return head + "…"
		}
	}
	return wrapText(s, w-1)[0] + "…"
}

// placeholderText is a box's placeholder as drawn: in brackets, so that
// without colour or italics it still does not read as typed text, and
// shortened at a word to fit.
func placeholderText(ph string, width int) string {
	if ph == "" {
		return ""
	}
	if width < 4 {
		return ansi.Truncate(ph, width, "…")
	}
	return "[" + shortenAtWord(ph, width-2) + "]"
}

func runeCells(r rune) int {
	if r < 0x80 {
		return 1
	}
	return ansi.StringWidth(string(r))
}

// View draws the box's text wrapped to width, at most maxLines lines (the
// ones around the cursor), with the cursor and the highlighted spans. The
// cursor's line is found from its rune offset, so only the lines shown
// are styled, however long the note.
func (b *noteBox) View(st Styles, width, maxLines int, focused bool, spans []highlight) string {
	width = max(1, width)
	if len(b.runes) == 0 {
		// The placeholder starts where typed text would, the cursor on its
		// first cell, so nothing shifts when typing begins.
		ph := []rune(placeholderText(b.placeholder, width))
		if len(ph) == 0 {
			ph = []rune{' '}
		}
		if !focused {
			return st.Box.Placeholder.Render(string(ph))
		}
		return st.Box.Cursor.Render(string(ph[0])) + st.Box.Placeholder.Render(string(ph[1:]))
	}
	// One cell is kept for the cursor at the end of a line.
	lines := wrapRunes(b.runes, max(1, width-1))
	at := len(lines) - 1
	for i, l := range lines {
		// A cursor at a wrap point belongs to the next line, where it is drawn.
		end := l[1] == len(b.runes) || b.runes[l[1]] == '\n'
		if b.cursor >= l[0] && (b.cursor < l[1] || b.cursor == l[1] && end) {
			at = i
			break
		}
	}
	first := 0
	if maxLines > 0 && len(lines) > maxLines {
		first = max(0, min(at-maxLines+1, len(lines)-maxLines))
		lines = lines[first : first+maxLines]
	}
	// Byte offsets of the spans are turned into rune offsets once.
	var rspans []highlight
	if len(spans) > 0 {
		rspans = runeSpans(b.runes, spans)
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = b.styleLine(st, l[0], l[1], focused, rspans)
	}
	return strings.Join(out, "\n")
}

func (b *noteBox) styleLine(st Styles, from, to int, focused bool, spans []highlight) string {
	var sb strings.Builder
	inSpan := func(i int) bool {
		for _, h := range spans {
			if i >= h.start && i < h.end {
				return true
			}
		}
		return false
	}
	seg := from
	flush := func(end int) {
		if end <= seg {
			return
		}
		text := string(b.runes[seg:end])
		if inSpan(seg) {
			text = st.Box.Span.Render(text)
		}
		sb.WriteString(text)
	}
	for i := from; i < to; i++ {
		if i == b.cursor && focused {
			flush(i)
			sb.WriteString(st.Box.Cursor.Render(string(b.runes[i])))
			seg = i + 1
			continue
		}
		if i > seg && inSpan(i) != inSpan(i-1) {
			flush(i)
			seg = i
		}
	}
	flush(to)
	if focused && b.cursor == to && (to == len(b.runes) || b.runes[to] == '\n') {
		sb.WriteString(st.Box.Cursor.Render(" "))
	}
	return sb.String()
}

// runeSpans converts byte-offset highlights to rune offsets.
func runeSpans(rs []rune, spans []highlight) []highlight {
	out := make([]highlight, len(spans))
	copy(out, spans)
	byteOff := 0
	for i, r := range rs {
		for j := range spans {
			if spans[j].start == byteOff {
				out[j].start = i
			}
			if spans[j].end == byteOff {
				out[j].end = i
			}
		}
		byteOff += len(string(r))
	}
	for j := range spans {
		if spans[j].end >= byteOff {
			out[j].end = len(rs)
		}
		if spans[j].start >= byteOff {
			out[j].start = len(rs)
		}
	}
	return out
}
