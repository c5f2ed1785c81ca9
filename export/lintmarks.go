package export

import (
	"strings"

	"github.com/debrief-dev/debrief/model"
)

// The postmortem carries switches for `debrief lint`, in HTML comments a
// reader never sees: what debrief generated (the meeting's tables, the
// action-item checks, the flags table quoting the flagged notes) is not
// prose to check, and a flag the room dismissed on a note stays dismissed
// wherever that note is written. Note text can never forge a switch, as
// escapeInline turns its < into &lt;.
const (
	lintOff = "<!-- debrief-disable -->\n\n"
	lintOn  = "<!-- debrief-enable -->\n\n"
)

// dismissedMark is the switch for the flags dismissed on note id, to end
// the line the note's text is written on; "" when none were.
func (r *report) dismissedMark(id int) string {
	n, ok := r.s.Note(id)
	if !ok || len(n.Dismissed) == 0 {
		return ""
	}
	var b strings.Builder
	for _, rule := range n.Dismissed {
		// A rule id from someone else's session file is written only if
		// it is a plain id: it must not end the comment early.
		if plainID(rule) {
			b.WriteString(" ")
			b.WriteString(rule)
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return " <!-- debrief-disable-line" + b.String() + " -->"
}

// noteText is a note's text for one line of the postmortem, signed by
// its author when authors are shown, with the switch for its dismissed
// flags.
func (r *report) noteText(n *model.Note) string {
	by := ""
	if r.showAuthors && n.Author != "" {
		by = " — *" + escapeInline(n.Author) + "*"
	}
	return escapeInline(n.Text) + by + r.dismissedMark(n.ID)
}

// plainID reports whether s is a rule id made of letters, digits, '-',
// '_' and '.'.
func plainID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// WithoutLintSwitches returns an exported postmortem without the switches
// for `debrief lint`, for showing it as text: a renderer hides HTML
// comments, a plain view would show them. The meeting record is left as
// it is.
func WithoutLintSwitches(md string) string {
	head, record := md, ""
	if i := strings.LastIndex(md, recordSummary); i >= 0 {
		head, record = md[:i], md[i:]
	}
	head = strings.ReplaceAll(strings.ReplaceAll(head, lintOff, ""), lintOn, "")
	var b strings.Builder
	b.Grow(len(md))
	const lineSwitch = " <!-- debrief-disable-line "
	for {
		i := strings.Index(head, lineSwitch)
		if i < 0 {
			break
		}
		j := strings.Index(head[i:], " -->")
		if j < 0 {
			break
		}
		b.WriteString(head[:i])
		head = head[i+j+len(" -->"):]
	}
	b.WriteString(head)
	b.WriteString(record)
	return b.String()
}
