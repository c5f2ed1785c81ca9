package tui

// headLine is the meeting's header as last drawn, kept between frames:
// every one of fifty screens would otherwise measure and cut it again on
// each View.
type headLine struct {
	text string
	of   headKey
}

// headKey is what the header is drawn from.
type headKey struct {
	w                         int
	save, sev, service, title string
}

func headKeyOf(s *meetingScreen, save string) headKey {
	su := &s.st.Setup
	return headKey{w: s.lay.w, save: save, sev: string(su.Severity), service: su.Service, title: su.Title}
}

// keep draws the header again when what it shows changed; the root calls
// it after each Update, so View finds it drawn.
func (h *headLine) keep(s *meetingScreen, save string) {
	if k := headKeyOf(s, save); k != h.of {
		h.text, h.of = header(s.c.styles, &s.st.Setup, s.lay.w, save), k
	}
}

// view is the header for save: as kept, or drawn now if it is not.
func (h *headLine) view(s *meetingScreen, save string) string {
	if headKeyOf(s, save) != h.of {
		return header(s.c.styles, &s.st.Setup, s.lay.w, save)
	}
	return h.text
}
