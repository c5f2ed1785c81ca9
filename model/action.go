package model

import (
	"strconv"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/agenda"
)

// ActionItem is one action item line as parsed: seed 002's fields.
type ActionItem struct {
	// Note is the note the item came from (0 when parsed standalone).
	Note int
	// What is the text with the recognised tokens removed, spaces collapsed.
	What string
	// Owner is "@handle" or an email address.
	Owner string
	// Due is UTC midnight of the due date; zero when none was given.
	Due time.Time
	// Ticket is a tracker key ("ENG-4421"), a URL, or the REF of ticket:REF.
	Ticket string
	// Priority is "P0" to "P3", or "".
	Priority string
	// Type is "prevent", "mitigate", "detect", "process", or "".
	Type string
	// Problems lists tokens that looked like fields but did not parse, and
	// fields given twice. Tokens that did not parse stay in What.
	Problems []string
}

// The action item types: prevent and process remove or gate a
// contributing factor (long term); mitigate and detect cut time to
// mitigate or detect next time (short term).
const (
	TypePrevent  = "prevent"
	TypeMitigate = "mitigate"
	TypeDetect   = "detect"
	TypeProcess  = "process"
)

// ParseAction reads a one-line action item such as
// "Add pool alert @alice due:2026-12-04 ENG-4421 P1 #prevent". meeting is
// the meeting's time: relative due dates (due:+14d, +2w, +1m) count from
// its UTC date. Words it does not recognise stay in What, in order.
func ParseAction(line string, meeting time.Time) ActionItem {
	var a ActionItem
	var what strings.Builder
	rest := line
	for {
		var word string
		word, rest = nextWord(rest)
		if word == "" {
			break
		}
		if a.take(word, meeting) {
			continue
		}
		if what.Len() == 0 {
			what.Grow(len(line))
		} else {
			what.WriteByte(' ')
		}
		what.WriteString(word)
	}
	a.What = what.String()
	return a
}

// take records word as a field when it is one and reports whether it
// should leave What. A word that looks like a field but does not parse
// stays in What, with a problem, so nothing the scribe typed is lost.
func (a *ActionItem) take(w string, meeting time.Time) bool {
	if v, ok := cutPrefixFold(w, "due:"); ok {
		due, ok := parseDue(v, meeting)
		if !ok {
			a.Problems = append(a.Problems, w+" is not a date: use due:YYYY-MM-DD, due:+14d or due:+2w")
			return false
		}
		a.set(&a.Due, due, "due date", "due:"+due.Format(time.DateOnly))
		return true
	}
	if v, ok := cutPrefixFold(w, "owner:"); ok {
		owner := ownerOf(v)
		if owner == "" {
			a.Problems = append(a.Problems, w+" is not an owner: use owner:@handle or owner:name@example.com")
			return false
		}
		a.setString(&a.Owner, owner, "owner")
		return true
	}
	if v, ok := cutPrefixFold(w, "ticket:"); ok {
		if v == "" {
			a.Problems = append(a.Problems, "ticket: has no reference")
			return false
		}
		a.setString(&a.Ticket, v, "ticket")
		return true
	}
	switch {
	case w[0] == '@' && isHandle(w[1:]):
		a.setString(&a.Owner, w, "owner")
	case isEmail(w):
		a.setString(&a.Owner, w, "owner")
	case w[0] == '#' && isType(w[1:]):
		a.setString(&a.Type, strings.ToLower(w[1:]), "type")
	case len(w) == 2 && (w[0] == 'P' || w[0] == 'p') && w[1] >= '0' && w[1] <= '3':
		a.setString(&a.Priority, "P"+w[1:], "priority")
	case isURL(w) || isTicketKey(w):
		a.setString(&a.Ticket, w, "ticket")
	default:
		return false
	}
	return true
}

// setString keeps the first value of a field and notes any later one.
func (a *ActionItem) setString(field *string, v, name string) {
	if *field == "" {
		*field = v
	} else if *field != v {
		a.Problems = append(a.Problems, "more than one "+name+": kept "+*field+", dropped "+v)
	}
}

// set is setString for the due date.
func (a *ActionItem) set(field *time.Time, v time.Time, name, shown string) {
	if field.IsZero() {
		*field = v
	} else if !field.Equal(v) {
		a.Problems = append(a.Problems, "more than one "+name+": kept due:"+field.Format(time.DateOnly)+", dropped "+shown)
	}
}

// Format writes the item back as one line in the canonical order, fields
// left out when empty: "What @owner due:YYYY-MM-DD TICKET P1 #type".
// ParseAction reads it back to the same fields.
func (a ActionItem) Format() string {
	var b strings.Builder
	add := func(s string) {
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	add(a.What)
	add(a.Owner)
	if !a.Due.IsZero() {
		add("due:" + a.Due.Format(time.DateOnly))
	}
	if a.Ticket != "" {
		if isURL(a.Ticket) || isTicketKey(a.Ticket) {
			add(a.Ticket)
		} else {
			add("ticket:" + a.Ticket)
		}
	}
	add(a.Priority)
	if a.Type != "" {
		add("#" + a.Type)
	}
	return b.String()
}

// ActionItems parses the top-level notes of every actions phase, in
// agenda and entry order; parked tangents and blank notes are left out.
// Relative due dates count from the day the session was created.
func (s *State) ActionItems() []ActionItem {
	var out []ActionItem
	for _, n := range s.captured(agenda.CaptureActions) {
		if strings.TrimSpace(n.Text) == "" {
			continue
		}
		a := ParseAction(n.Text, s.Created)
		a.Note = n.ID
		out = append(out, a)
	}
	return out
}

// parseDue reads YYYY-MM-DD or +N followed by d (days), w (weeks) or m
// (months) from the meeting's UTC date.
func parseDue(v string, meeting time.Time) (time.Time, bool) {
	if y, m, d, ok := parseDate(v); ok {
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
	}
	if len(v) < 3 || v[0] != '+' || len(v) > 6 {
		return time.Time{}, false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n < 0 || !isDigit(v[1]) {
		return time.Time{}, false
	}
	y, mo, d := meeting.UTC().Date()
	base := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	switch v[len(v)-1] {
	case 'd', 'D':
		return base.AddDate(0, 0, n), true
	case 'w', 'W':
		return base.AddDate(0, 0, 7*n), true
	case 'm', 'M':
		return base.AddDate(0, n, 0), true
	}
	return time.Time{}, false
}

// ownerOf normalises the value of owner: to "@handle" or an email.
func ownerOf(v string) string {
	switch {
	case v == "":
		return ""
	case v[0] == '@' && isHandle(v[1:]):
		return v
	case isEmail(v):
		return v
	case isHandle(v):
		return "@" + v
	}
	return ""
}

// isHandle accepts a chat or forge handle: letters, digits and ._-/ (for
// "org/team"), starting with a letter or digit and not ending in
// punctuation, so "@alice," is left as text rather than half-read.
func isHandle(h string) bool {
	if h == "" || !isAlnum(h[0]) || !isAlnum(h[len(h)-1]) {
		return false
	}
	for i := 0; i < len(h); i++ {
		if c := h[i]; !isAlnum(c) && c != '.' && c != '_' && c != '-' && c != '/' {
			return false
		}
	}
	return true
}

// isEmail accepts local@domain.tld with a plain ASCII local part and
// dotted domain, enough to tell an address from other words.
func isEmail(w string) bool {
	at := strings.IndexByte(w, '@')
	if at <= 0 || at != strings.LastIndexByte(w, '@') {
		return false
	}
	local, domain := w[:at], w[at+1:]
	for i := 0; i < len(local); i++ {
		if c := local[i]; !isAlnum(c) && !strings.ContainsRune("._%+-", rune(c)) {
			return false
		}
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for i := 0; i < len(l); i++ {
			if !isAlnum(l[i]) && l[i] != '-' {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	return len(tld) >= 2 && !isDigit(tld[0])
}

// isType accepts prevent, mitigate, detect or process in any case.
func isType(t string) bool {
	for _, k := range [...]string{TypePrevent, TypeMitigate, TypeDetect, TypeProcess} {
		if strings.EqualFold(t, k) {
			return true
		}
	}
	return false
}

// isURL accepts an http or https address with something after the scheme.
func isURL(w string) bool {
	for _, p := range [...]string{"https://", "http://"} {
		if v, ok := cutPrefixFold(w, p); ok && v != "" {
			return true
		}
	}
	return false
}

// notTickets are words shaped like tracker keys that name something else.
var notTickets = [...]string{"SEV", "UTC", "GMT", "CVE", "ISO", "RFC"}

// isTicketKey accepts a tracker key, [A-Z][A-Z0-9]+-[0-9]+ ("ENG-4421").
func isTicketKey(w string) bool {
	dash := strings.IndexByte(w, '-')
	if dash < 2 || dash == len(w)-1 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < dash; i++ {
		if c := w[i]; !(c >= 'A' && c <= 'Z') && !isDigit(c) {
			return false
		}
	}
	for i := dash + 1; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	for _, p := range notTickets {
		if w[:dash] == p {
			return false
		}
	}
	return true
}

// cutPrefixFold is strings.CutPrefix ignoring ASCII case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

func isAlnum(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isDateShape reports whether s starts with NNNN-NN-NN.
func isDateShape(s string) bool {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for _, i := range [...]int{0, 1, 2, 3, 5, 6, 8, 9} {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// parseDate reads exactly YYYY-MM-DD and rejects days the month lacks.
// Years outside 1900-2999 are typos, not incidents, and would let a time
// zone push the UTC date out of four digits.
func parseDate(s string) (y, m, d int, ok bool) {
	if len(s) != 10 || !isDateShape(s) {
		return 0, 0, 0, false
	}
	y, m, d = atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10])
	if y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// daysIn is the number of days in month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// atoi reads a short run of ASCII digits the caller has checked.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
