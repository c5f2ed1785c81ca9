package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Text shortened to fit ends at a word, never inside one.
func TestShortenAtWord(t *testing.T) {
	for _, tc := range []struct {
		in   string
		w    int
		want string
	}{
		{"What didn't go well", 30, "What didn't go well"},
		{"What didn't go well", 13, "What didn't…"},
		{"Impact to customers / partners", 15, "Impact to…"},
		{"Improve awareness of the connection pool limits", 40, "Improve awareness of the connection…"},
		{"Supercalifragilistic", 8, "Superca…"},
	} {
		if got := shortenAtWord(tc.in, tc.w); got != tc.want || ansi.StringWidth(got) > tc.w {
			t.Errorf("shortenAtWord(%q, %d) = %q, want %q", tc.in, tc.w, got, tc.want)
		}
	}
}

// A path too long for the status line loses its leading folders, never
// its file's name.
func TestShortenPathKeepsTheFileName(t *testing.T) {
	p := "/home/sam/incidents/2026/november/payments-team/checkout-errors.md"
	for _, tc := range []struct {
		w    int
		want string
	}{
		{80, p},
		{40, "…/payments-team/checkout-errors.md"},
		{25, "…/checkout-errors.md"},
		{10, "…errors.md"},
	} {
		if got := shortenPath(p, tc.w); got != tc.want {
			t.Errorf("shortenPath(%d) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// The export's confirmation at 80x24: the preview's title shows the whole
// path, wrapped at its slashes, and the status line after it names the
// file whole.
func TestExportConfirmationNamesTheWholeFile(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	path := "/home/sam/incidents/2026/november/payments-team/reviews/checkout-errors-after-the-payments-deploy.md"
	send(m, exportedMsg{markdown: "## [SEV-2] payments: Checkout errors\n", path: path})
	s := plain(m)
	lines := strings.Split(s, "\n")
	var title []string
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "##") || strings.HasPrefix(l, "rendering") {
			break
		}
		title = append(title, strings.TrimSpace(l))
	}
	if !strings.HasPrefix(lines[0], "Postmortem preview") || strings.Join(title, "") != path {
		t.Errorf("the preview's title should show the whole path:\n%s", s)
	}
	send(m, esc)
	status := statusLine(plain(m))
	if !strings.Contains(status, "exported to …/") || !strings.HasSuffix(strings.TrimSpace(status), "/checkout-errors-after-the-payments-deploy.md") {
		t.Errorf("the status line should name the file whole: %q", status)
	}
}

// The wrap-up at 80x24 names an action item by its words, whole ones, and
// its "more below" line is never cut inside a word.
func TestWrapUpCutsNoWord(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "actions")
	what := "Improve awareness of the connection pool limits across the payments and checkout teams"
	note(m, what+" @team")
	send(m, ctrl('n'))
	s := plain(m)
	if !strings.Contains(s, "“Improve awareness of the connection…”") {
		t.Errorf("the wrap-up should name the item up to a whole word:\n%s", s)
	}
	// Scrolled, the line says what is above and below.
	send(m, esc, tea.KeyPressMsg{Code: tea.KeyDown})
	s = plain(m)
	mustContain(t, s, "1 line above", "more below")
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "more below") {
			more := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(l, " "), "│"), " ")
			if strings.HasSuffix(more, "…") {
				t.Errorf("the more-below line is cut: %q", l)
			}
		}
	}
}

// The facilitator's prompts are shown whole or not at all, with no notes
// yet too, when a flag under the box has taken rows from the pane.
func TestPromptsStayWholeBesideAFlag(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "poorly")
	typeKeys(m, "Tom should have rolled back sooner after the alarm")
	s := plain(m)
	w := m.meeting.lay.mainInnerW
	shown := 0
	p, _ := m.state.Phase()
	for _, pr := range p.Prompts {
		lines := wrapText(pr, w-gutterW)
		first, last := strings.Contains(s, "· "+lines[0]), strings.Contains(s, lines[len(lines)-1])
		if first && !last {
			t.Errorf("the prompt %q is cut:\n%s", pr, s)
		}
		if first {
			shown++
		}
	}
	if shown == 0 {
		t.Errorf("no prompt is shown:\n%s", s)
	}
}
