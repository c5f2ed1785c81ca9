package phrasing

import "regexp"

//go:generate go test -run TestBuiltinRulesMatchYAML -args -generate

// builtinSpec is the embedded rules file already read: rules_gen.go holds
// it as Go values, written from rules.yaml by `go generate`, so a run of
// debrief does not parse 90 KB of YAML at start-up (that was a third of
// linting a small file). TestBuiltinRulesMatchYAML fails when the two
// differ.
type builtinSpec struct {
	people, roles, notNames, allow []string
	rules                          []rule
}

// builtinRules builds the default rule set from the generated values,
// compiling phrases and patterns as reading the file does.
func builtinRules(spec *builtinSpec) *Rules {
	out := &Rules{people: spec.people, roles: spec.roles, notNames: spec.notNames, allow: spec.allow}
	for i := range spec.rules {
		r := new(rule)
		*r = spec.rules[i]
		for _, ph := range r.Phrases {
			cp, msg := compilePhrase(ph)
			if msg != "" {
				panic("phrasing: built-in rule " + r.ID + ": " + msg)
			}
			cp.r = r
			r.compiled = append(r.compiled, cp)
		}
		if r.Pattern != "" {
			r.re = regexp.MustCompile(r.Pattern)
		}
		if r.Off {
			out.off = append(out.off, r)
		} else {
			out.rules = append(out.rules, r)
		}
	}
	return out
}
