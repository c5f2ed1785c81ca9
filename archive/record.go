// Package archive reads a team's postmortems (debrief exports and session
// files kept in a folder or git repository) into records, keeps a search
// index beside them as a cache, and answers the questions asked of an
// archive: search, rhyming incidents, open action items and trends. The
// files stay the source of truth: the index can be deleted at any time and
// is rebuilt from them.
package archive

import (
	"fmt"
	"time"
)

// Kinds of file the archive reads.
const (
	KindExport  = "export"
	KindSession = "session"
)

// Record is one postmortem as the archive knows it.
type Record struct {
	// Path is the file, as discovered (relative to the archive's top when
	// it is inside it).
	Path string `json:"path"`
	// Kind is KindExport or KindSession.
	Kind string `json:"kind"`
	// ID identifies the meeting across its session file and its export:
	// the session's creation time, which both carry.
	ID       string `json:"id"`
	Title    string `json:"title"`
	Service  string `json:"service"`
	Severity string `json:"severity"`
	// Trigger is the taxonomy's trigger chosen in the meeting, or "".
	Trigger string `json:"trigger,omitempty"`
	// Incident is when the incident started (the #started line, else the
	// first timed line, else the incident date); zero when unknown.
	Incident time.Time `json:"incident"`
	// Review is when the review meeting began; Published is the meeting
	// record's last event, when the postmortem was written.
	Review    time.Time `json:"review"`
	Published time.Time `json:"published"`
	// TTD, TTM and TTR are the times to detect, mitigate and resolve from
	// the timeline's markers; Unknown (-1) when the markers are missing.
	TTD time.Duration `json:"ttd"`
	TTM time.Duration `json:"ttm"`
	TTR time.Duration `json:"ttr"`
	// Factors are the contributing factors with their kinds and whys.
	Factors []Factor `json:"factors,omitempty"`
	// Actions are the action items, with the status the file records.
	Actions []Action `json:"actions,omitempty"`
	// Events is how many events the meeting record holds.
	Events int `json:"-"`
	// Sections are the postmortem's text by section, for search.
	Sections []Section `json:"-"`
}

// Unknown marks a duration the timeline does not give.
const Unknown time.Duration = -1

// Factor is one contributing factor.
type Factor struct {
	Text string `json:"text"`
	// Kind is the taxonomy's category chosen for it, or "".
	Kind string   `json:"kind,omitempty"`
	Whys []string `json:"whys,omitempty"`
}

// Action is one action item and what became of it.
type Action struct {
	N int `json:"n"`
	// ID is the item's id as the export and the tracker YAML give it
	// (PM-<year>-<day of year>-<n>, from the incident date), the one
	// `debrief actions done FILE ID` takes.
	ID       string    `json:"id"`
	What     string    `json:"what"`
	Owner    string    `json:"owner,omitempty"`
	Due      time.Time `json:"due,omitzero"`
	Priority string    `json:"priority,omitempty"`
	Type     string    `json:"type,omitempty"`
	// Ticket is the ticket recorded after the meeting (a URL or a key),
	// else the one typed in the item; Tracker the tracker that holds a
	// recorded one ("github", "jira"), "" when none was recorded.
	Ticket  string `json:"ticket,omitempty"`
	Tracker string `json:"tracker,omitempty"`
	// Done is the item's status: in a session file, the last `debrief
	// actions done|reopen|sync` or `debrief tickets --run` recorded; in an
	// export, what its table says (a Status column, debrief's or one the
	// team added, or a struck-through item), else its meeting record.
	Done bool `json:"done"`
	// Line is where the item is in the file: its row in an export's
	// Action Items table, the event that added it in a session file; 0
	// when unknown (a session reformatted by hand).
	Line int `json:"line,omitempty"`
}

// Section is a run of a postmortem's lines under one heading.
type Section struct {
	// Name is the heading ("Contributing Factors"), with a Lessons Learned
	// part after a › ("Lessons Learned › What went poorly").
	Name  string
	Lines []Line
}

// Line is one line of a postmortem as plain text (Markdown escapes and
// table pipes taken out), with its 1-based number in the file (in the
// rendered postmortem for a session file).
type Line struct {
	N    int
	Text string
}

// Problem is a file the archive could not read, located as FILE:LINE.
type Problem struct {
	File string
	Line int
	Msg  string
	// Foreign is true for a file that is not debrief's at all (a README,
	// a binary with a Markdown name): worth saying once, when it is first
	// seen or changes, not on every run as a broken postmortem is.
	Foreign bool
	// NotStarted is true for a session file with no events yet (closed on
	// its setup screen): nothing is wrong with it, there is just no
	// meeting in it to index.
	NotStarted bool
}

// Error reads "FILE:LINE: msg".
func (p *Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return p.File + ": " + p.Msg
}

// unix is t in Unix seconds, NULL for the zero time.
func unix(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

// secs is d in seconds, NULL for Unknown.
func secs(d time.Duration) any {
	if d < 0 {
		return nil
	}
	return int64(d / time.Second)
}
