package tui

import "strings"

// bodyKey is everything the meeting's framed body depends on: the two
// panes' contents as drawn, the sizes and which border colour the phase
// pane wears. The styles come from dark alone (NewStyles).
type bodyKey struct {
	dark, focused      bool
	w, h, sideW, mainW int
	side, main         string
}

// bodies is the framed bodies drawn lately, shared by every screen in the
// process. Fifty people following one served meeting see the same agenda
// column and notes at the same size: the first screen that needs a body
// frames it, the others reuse the drawing, and the clock tick that
// changes every screen on the same second frames the body once.
var bodies = newSharedCache[bodyKey, string](maxBodies)

// maxBodies bounds the cache: each second's clock is a new body per size
// and focus, and sixty-four of them are under a megabyte.
const maxBodies = 64

// framedBody is side and main framed as panes and joined, cut to w×h; it
// is worked out once per distinct input and kept for the other screens.
// It is what lipgloss.JoinHorizontal of the two framed panes, cut by fill,
// gives; each pane is framed once per distinct content (framedPane), so a
// key that changes only the phase pane does not frame the agenda column
// again, and no line is measured twice.
func framedBody(st Styles, focused bool, l layout, side, main string) string {
	k := bodyKey{dark: st.IsDark, focused: focused, w: l.w, h: l.bodyH, sideW: l.sideW, mainW: l.mainW, side: side, main: main}
	if b, ok := bodies.get(k); ok {
		return b
	}
	b := joinPanes(framePane(st, false, l.sideW, l.bodyH, side), framePane(st, focused, l.mainW, l.bodyH, main), l.w, l.bodyH)
	bodies.put(k, b)
	return b
}

// stack puts the header over the body and the bottom under it. The body
// is already cut to the screen's width (fill), so only the header and the
// bottom are measured: cutting the whole frame again on every View cost
// each of fifty screens more than drawing it.
func stack(header, body, bottom string, w, h int, hasBody, hasBottom bool) string {
	parts := []string{clip(header, w, 1)}
	if hasBody {
		parts = append(parts, body)
	}
	if hasBottom {
		parts = append(parts, clip(bottom, w, max(0, h-1)))
	}
	s := strings.Join(parts, "\n")
	if strings.Count(s, "\n") < h {
		return s
	}
	return strings.Join(strings.SplitN(s, "\n", h+1)[:h], "\n")
}
