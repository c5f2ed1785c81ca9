package tui

import (
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// highlight is a byte range of the note box's text to mark, such as the
// span a phrasing rule flagged.
type highlight struct{ start, end int }

// noteBox is the scribe's one-line editor. It is ours rather than the
// bubbles textarea because it must highlight flagged spans as they are
// typed, keep pasted text whole with no character limit, and wrap long
// notes instead of scrolling them sideways.
type noteBox struct {
	runes  []rune
	cursor int
	// label says what enter will do with the text ("note", "edit #7", "why?").
	label       string
	placeholder string
	// multiline keeps pasted line breaks (a pasted run of timeline lines).
	multiline bool
}

// Value is the text in the box.
func (b *noteBox) Value() string { return string(b.runes) }

// SetValue replaces the text and puts the cursor at its end.
func (b *noteBox) SetValue(s string) {
	b.runes = []rune(clean(s, true))
	b.cursor = len(b.runes)
}

// Reset empties the box.
func (b *noteBox) Reset() { b.runes, b.cursor = b.runes[:0], 0 }

// Empty reports whether nothing has been typed.
func (b *noteBox) Empty() bool { return strings.TrimSpace(string(b.runes)) == "" }

// Insert types s at the cursor; s is cleaned of control sequences first.
func (b *noteBox) Insert(s string) {
	r := []rune(clean(s, true))
	if len(r) == 0 {
		return
	}
	b.runes = append(b.runes[:b.cursor], append(r, b.runes[b.cursor:]...)...)
	b.cursor += len(r)
}

// HandleKey applies an editing key and reports whether it used the key.
func (b *noteBox) HandleKey(msg tea.KeyPressMsg) bool {
	switch msg.String() {
	case "left":
		if b.cursor > 0 {
			b.cursor--
		}
	case "right":
		if b.cursor < len(b.runes) {
			b.cursor++
		}
	case "home", "ctrl+a":
		b.cursor = 0
	case "end", "ctrl+e":
		b.cursor = len(b.runes)
	case "alt+left", "ctrl+left", "alt+b":
		b.cursor = b.wordLeft()
	case "alt+right", "ctrl+right", "alt+f":
		b.cursor = b.wordRight()
	case "backspace", "ctrl+h":
		if b.cursor > 0 {
			b.runes = append(b.runes[:b.cursor-1], b.runes[b.cursor:]...)
			b.cursor--
		}
	case "delete":
		if b.cursor < len(b.runes) {
			b.runes = append(b.runes[:b.cursor], b.runes[b.cursor+1:]...)
		}
	case "ctrl+w", "alt+backspace":
		to := b.wordLeft()
		b.runes = append(b.runes[:to], b.runes[b.cursor:]...)
		b.cursor = to
	case "ctrl+u":
		b.runes = append(b.runes[:0], b.runes[b.cursor:]...)
		b.cursor = 0
	case "ctrl+k":
		b.runes = b.runes[:b.cursor]
	default:
		if msg.Text == "" || msg.Mod&(tea.ModCtrl|tea.ModAlt) != 0 {
			return false
		}
		b.Insert(msg.Text)
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

// View draws the box's text wrapped to width, at most maxLines lines (the
// ones around the cursor), with the cursor and the highlighted spans.
func (b *noteBox) View(st Styles, width, maxLines int, focused bool, spans []highlight) string {
	if width < 1 {
		width = 1
	}
	if len(b.runes) == 0 {
		cur := " "
		if focused {
			cur = st.Box.Cursor.Render(" ")
		}
		return cur + ansi.Truncate(st.Box.Placeholder.Render(b.placeholder), width-1, "…")
	}
	var out strings.Builder
	var seg strings.Builder
	segStyle := -1 // 0 plain, 1 span
	flush := func() {
		if seg.Len() == 0 {
			return
		}
		if segStyle == 1 {
			out.WriteString(st.Box.Span.Render(seg.String()))
		} else {
			out.WriteString(seg.String())
		}
		seg.Reset()
	}
	off := 0
	for i, r := range b.runes {
		style := 0
		for _, h := range spans {
			if off >= h.start && off < h.end {
				style = 1
				break
			}
		}
		if focused && i == b.cursor {
			flush()
			ch := string(r)
			if r == '\n' {
				ch = " "
			}
			out.WriteString(st.Box.Cursor.Render(ch))
			if r == '\n' {
				out.WriteByte('\n')
			}
			off += len(string(r))
			segStyle = -1
			continue
		}
		if style != segStyle {
			flush()
			segStyle = style
		}
		if r == '\n' {
			flush()
			out.WriteByte('\n')
		} else {
			seg.WriteRune(r)
		}
		off += len(string(r))
	}
	flush()
	if focused && b.cursor == len(b.runes) {
		out.WriteString(st.Box.Cursor.Render(" "))
	}
	lines := strings.Split(ansi.Wrap(out.String(), width, " "), "\n")
	if maxLines > 0 && len(lines) > maxLines {
		// Keep the cursor in sight: it is on the line holding the cursor
		// cell, which for a note being typed is nearly always the last.
		at := cursorLine(lines)
		start := max(0, min(at-maxLines+1, len(lines)-maxLines))
		lines = lines[start : start+maxLines]
	}
	return lipgloss.JoinVertical(lipgloss.Left, lines...)
}

// cursorLine finds the wrapped line holding the reverse-video cursor.
func cursorLine(lines []string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.Contains(lines[i], "\x1b[7m") {
			return i
		}
	}
	return len(lines) - 1
}
