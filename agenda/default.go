package agenda

import (
	_ "embed"
	"sync"
)

// PrimeDirective is Norm Kerth's Retrospective Prime Directive, read aloud
// to open the meeting so that everyone starts from the same assumption.
const PrimeDirective = "Regardless of what we discover, we understand and truly believe that " +
	"everyone did the best job they could, given what they knew at the time, their skills and " +
	"abilities, the resources available, and the situation at hand."

// PrimeDirectiveAuthor credits the Prime Directive (from Project
// Retrospectives: A Handbook for Team Review).
const PrimeDirectiveAuthor = "Norm Kerth"

// GroundRules are the rules the facilitator states in the opening and brings
// up again whenever the discussion drifts toward blame.
var GroundRules = []string{
	"People are never the problem; process and automation are the usual culprits.",
	"Focus on what and how, not who.",
	`The facilitator redirects counterfactual language ("should have", "could have").`,
	"Openness about mistakes over punishment and blame; everyone speaks without fear.",
}

// defaultYAML is kept as YAML rather than Go values so that `debrief agenda`
// prints, comments included, exactly the file a team would start from.
//
//go:embed default.yaml
var defaultYAML []byte

// DefaultYAML returns the embedded default agenda file, comments included,
// for `debrief agenda` to print as a starting point.
func DefaultYAML() []byte {
	return append([]byte(nil), defaultYAML...)
}

// parsedDefault parses the embedded file once; a broken file is a build
// mistake that the tests catch, so it panics rather than returning an error
// every caller would have to handle.
var parsedDefault = sync.OnceValue(func() Agenda {
	return mustParse("default.yaml", defaultYAML)
})

// Default returns the embedded default agenda (seed 000's meeting). Each call
// returns its own copy, so callers may change it freely.
func Default() Agenda {
	return parsedDefault().clone()
}

// mustParse is Parse for data that ships inside the binary.
func mustParse(name string, data []byte) Agenda {
	a, err := Parse(name, data)
	if err != nil {
		panic("agenda: embedded " + err.Error())
	}
	return a
}

// clone copies the slices so one caller's edits never reach another's agenda.
func (a Agenda) clone() Agenda {
	phases := make([]Phase, len(a.Phases))
	for i, p := range a.Phases {
		p.Prompts = append([]string(nil), p.Prompts...)
		phases[i] = p
	}
	a.Phases = phases
	a.Taxonomy.Triggers = append([]string(nil), a.Taxonomy.Triggers...)
	a.Taxonomy.Factors = append([]string(nil), a.Taxonomy.Factors...)
	return a
}
