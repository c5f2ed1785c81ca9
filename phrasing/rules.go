package phrasing

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"sync"
)

//go:embed rules.yaml
var defaultRulesYAML []byte

// Rules is a rule set: the rules themselves plus the word lists they lean
// on (people, roles, words that are never flagged). A Rules value is never
// changed once built, so one set can back many checkers at once.
type Rules struct {
	rules    []*rule
	off      []*rule  // rules shipped switched off; a file's `enable` turns them on
	people   []string // lower-cased first names counted as people
	roles    []string // lower-cased role words ("intern", "on-call")
	notNames []string // lower-cased capitalised words that are never people
	allow    []string // words and phrases that are never flagged
	// documents leaves out the findings of rules scoped to the meeting
	// (see ForDocuments).
	documents bool
}

// rule is one entry of the rules file.
type rule struct {
	ID, Category string
	Severity     Severity
	Message      string
	Suggestion   string
	Question     string // asked of the room when the detector has no sharper one
	Detector     string
	Phrases      []string
	compiled     []*cphrase // Phrases compiled once, when the file is read
	Replace      string
	HasReplace   bool // Replace was given, possibly "" to delete the words
	Pattern      string
	re           *regexp.Regexp
	Keywords     []string
	UnlessBefore []string
	UnlessAfter  []string
	Off          bool // shipped switched off: too noisy on real text to run by default
	// Scope is "" (everywhere) or ScopeMeeting: a rule for what is said in
	// the meeting that `debrief lint` leaves out of written postmortems.
	Scope   string
	Match   []string // examples that must be flagged by this rule
	NoMatch []string // examples that must not be flagged by this rule
	File    string
	Line    int
}

// RuleInfo describes a rule for listings and tests.
type RuleInfo struct {
	ID, Category string
	Severity     Severity
	Message      string
	// Match and NoMatch are the rule's own examples: text it must flag and
	// text it must leave alone.
	Match, NoMatch []string
	// Source is FILE:LINE of the rule's definition.
	Source string
	// Scope is ScopeMeeting for a rule that documents leave out, else "".
	Scope string
}

// Rules returns a description of every rule, in file order.
func (r *Rules) Rules() []RuleInfo {
	out := make([]RuleInfo, 0, len(r.rules))
	for _, x := range r.rules {
		out = append(out, RuleInfo{ID: x.ID, Category: x.Category, Severity: x.Severity,
			Message: x.Message, Match: x.Match, NoMatch: x.NoMatch,
			Source: fmt.Sprintf("%s:%d", x.File, x.Line), Scope: x.Scope})
	}
	return out
}

var (
	defaultOnce  sync.Once
	defaultRules *Rules
)

// DefaultRules returns the embedded default rule set. It panics if the
// embedded file is broken, which the package's tests rule out.
func DefaultRules() *Rules {
	defaultOnce.Do(func() { defaultRules = builtinRules(&generatedRules) })
	return defaultRules
}

// LoadRules reads a team's rules file and lays it on top of base (nil for
// none). Errors read "FILE:LINE: reason".
//
// The file is bounded: a folder, a device or a pipe is refused before it is
// opened, and a file over maxRulesSize is refused after reading that much.
func LoadRules(path string, base *Rules) (*Rules, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file; give the path of a rules YAML file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxRulesSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	if len(data) > maxRulesSize {
		return nil, fmt.Errorf("%s: too large for a rules file (over %d KiB)", path, maxRulesSize>>10)
	}
	return ParseRules(path, data, base)
}

// maxRulesSize bounds a rules file: a team's file is a few kilobytes.
const maxRulesSize = 1 << 20

// unwrapPath drops the path from an *os.PathError so it is not said twice.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// UserRulesPath is where a user's own rules file lives:
// os.UserConfigDir()/debrief/rules.yaml, or "" when there is no config dir.
func UserRulesPath() string {
	dir, err := os.UserConfigDir()
	if err != nil || dir == "" {
		return ""
	}
	return filepath.Join(dir, "debrief", "rules.yaml")
}

// clone copies r so a team file can change the copy and never the base.
func (r *Rules) clone() *Rules {
	if r == nil {
		return &Rules{}
	}
	return &Rules{
		rules:     append([]*rule(nil), r.rules...),
		off:       append([]*rule(nil), r.off...),
		people:    append([]string(nil), r.people...),
		roles:     append([]string(nil), r.roles...),
		notNames:  append([]string(nil), r.notNames...),
		allow:     append([]string(nil), r.allow...),
		documents: r.documents,
	}
}

// IDs lists the rule ids, sorted.
func (r *Rules) IDs() []string {
	ids := make([]string, 0, len(r.rules))
	for _, x := range r.rules {
		ids = append(ids, x.ID)
	}
	sort.Strings(ids)
	return ids
}
