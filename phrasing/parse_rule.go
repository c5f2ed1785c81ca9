package phrasing

import (
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// rule reads and validates one rule mapping.
func (p *parser) rule(n *yaml.Node) (*rule, error) {
	if n.Kind != yaml.MappingNode {
		return nil, p.errf(n, "rules: each rule must be a mapping, got %s", kindName(n))
	}
	r := &rule{File: p.file, Line: n.Line}
	var patternNode, phrasesNode *yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		var err error
		switch k.Value {
		case "id":
			r.ID, err = p.str(v, "id")
			if err == nil && !ruleIDRe.MatchString(r.ID) {
				err = p.errf(v, "id: %q must be lower-case letters, digits and dashes", r.ID)
			}
		case "category":
			r.Category, err = p.str(v, "category")
			if err == nil && !slices.Contains(Categories, r.Category) {
				err = p.errf(v, "category: unknown %q (want one of %s)", r.Category, strings.Join(Categories, ", "))
			}
		case "severity":
			var s string
			s, err = p.str(v, "severity")
			r.Severity = Severity(s)
			if err == nil && r.Severity != Suggestion && r.Severity != Warning {
				err = p.errf(v, "severity: unknown %q (want suggestion or warning)", s)
			}
		case "message":
			r.Message, err = p.str(v, "message")
			if err == nil && (strings.TrimSpace(r.Message) == "" || strings.ContainsAny(r.Message, "\n\r")) {
				err = p.errf(v, "message: want one non-empty line")
			}
		case "suggestion":
			r.Suggestion, err = p.str(v, "suggestion")
		case "question":
			r.Question, err = p.str(v, "question")
			if err == nil && (strings.TrimSpace(r.Question) == "" || strings.ContainsAny(r.Question, "\n\r")) {
				err = p.errf(v, "question: want one non-empty line")
			}
		case "detector":
			r.Detector, err = p.str(v, "detector")
			if err == nil && !detectorNames[r.Detector] {
				err = p.errf(v, "detector: unknown %q (want %s)", r.Detector, detectorList())
			}
		case "phrases":
			phrasesNode = v
			r.Phrases, err = p.strings(v, "phrases")
			for j, ph := range r.Phrases {
				if err == nil {
					cp, e := compilePhrase(ph)
					if e != "" {
						err = p.errf(v.Content[j], "phrases: %q: %s", ph, e)
						break
					}
					cp.r = r
					r.compiled = append(r.compiled, cp)
				}
			}
		case "replace":
			r.Replace, err = p.str(v, "replace")
			r.HasReplace = true
		case "pattern":
			patternNode = v
			r.Pattern, err = p.str(v, "pattern")
			if err == nil {
				r.re, err = regexp.Compile(r.Pattern)
				if err != nil {
					err = p.errf(v, "pattern: bad regular expression: %s", strings.TrimPrefix(err.Error(), "error parsing regexp: "))
				}
			}
		case "keywords":
			r.Keywords, err = p.strings(v, "keywords")
			for j := range r.Keywords {
				r.Keywords[j] = strings.ToLower(r.Keywords[j])
			}
		case "unless_before":
			r.UnlessBefore, err = p.lowerWords(v, "unless_before")
		case "unless_after":
			r.UnlessAfter, err = p.lowerWords(v, "unless_after")
		case "off":
			if v.Kind != yaml.ScalarNode || (v.Value != "true" && v.Value != "false") {
				err = p.errf(v, "off: want true or false")
			}
			r.Off = v.Value == "true"
		case "scope":
			if v.Kind != yaml.ScalarNode || (v.Value != ScopeMeeting && v.Value != ScopeAnywhere) {
				err = p.errf(v, "scope: want %s or %s", ScopeMeeting, ScopeAnywhere)
			}
			r.Scope = v.Value
			if r.Scope == ScopeAnywhere {
				r.Scope = ""
			}
		case "examples":
			err = p.examples(v, r)
		default:
			err = p.errf(k, "unknown rule key %q", k.Value)
		}
		if err != nil {
			return nil, err
		}
	}
	return r, p.check(n, r, patternNode, phrasesNode)
}

func (p *parser) lowerWords(v *yaml.Node, key string) ([]string, error) {
	var out []string
	err := p.words(v, key, &out)
	return out, err
}

// check enforces the fields a rule needs once all keys are read.
func (p *parser) check(n *yaml.Node, r *rule, patternNode, phrasesNode *yaml.Node) error {
	for _, f := range []struct{ name, val string }{{"id", r.ID}, {"category", r.Category},
		{"severity", string(r.Severity)}, {"message", r.Message}} {
		if f.val == "" {
			return p.errf(n, "rule %s: missing %s", orUnnamed(r.ID), f.name)
		}
	}
	if r.Detector == "" {
		switch {
		case r.Phrases != nil:
			r.Detector = "phrase"
		case r.Pattern != "":
			r.Detector = "regexp"
		default:
			return p.errf(n, "rule %s: missing phrases, pattern or detector", r.ID)
		}
	}
	switch r.Detector {
	case "phrase":
		if len(r.Phrases) == 0 {
			return p.errf(n, "rule %s: a phrase rule needs phrases", r.ID)
		}
		if patternNode != nil {
			return p.errf(patternNode, "rule %s: pattern belongs to a regexp rule, not a phrase rule", r.ID)
		}
	case "regexp":
		if r.Pattern == "" {
			return p.errf(n, "rule %s: a regexp rule needs a pattern", r.ID)
		}
		if phrasesNode != nil {
			return p.errf(phrasesNode, "rule %s: phrases belong to a phrase rule, not a regexp rule", r.ID)
		}
	default:
		if phrasesNode != nil || patternNode != nil {
			return p.errf(n, "rule %s: the %s detector takes no phrases or pattern", r.ID, r.Detector)
		}
	}
	return nil
}

func orUnnamed(id string) string {
	if id == "" {
		return "(no id)"
	}
	return id
}

// examples reads `examples: {match: [...], nomatch: [...]}`.
func (p *parser) examples(v *yaml.Node, r *rule) error {
	if v.Kind != yaml.MappingNode {
		return p.errf(v, "examples: want a mapping with match and nomatch")
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, x := v.Content[i], v.Content[i+1]
		var err error
		switch k.Value {
		case "match":
			r.Match, err = p.strings(x, "examples.match")
		case "nomatch":
			r.NoMatch, err = p.strings(x, "examples.nomatch")
		default:
			err = p.errf(k, "examples: unknown key %q (want match or nomatch)", k.Value)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
