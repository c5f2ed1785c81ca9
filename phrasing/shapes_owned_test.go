package phrasing

import "testing"

// TestOwnedAndServedShapes: shapes LABELLING.md decides as blameful that the
// rules did not read, each in several wordings of our own, with the plain
// neighbours that stay quiet: the people a team serves as the ones who
// failed, labels that own a gap as a mistake, faults owned by number, an
// error owned in the passive, and a step graded a mistake after the fact.
func TestOwnedAndServedShapes(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	expectRule(t, c, "person-failure",
		[]string{
			"Customers did not report the outage for two days.",
			"Most of our users never updated the app after the warning.",
			"Many subscribers didn't read the notice we sent in May.",
			"Enterprise clients failed to rotate their keys.",
			"Players broke the lobby server by spamming joins.",
			"Some of the residents did not heed the boil-water notice.",
			"The page went to an old phone and customers did not tell us for an hour.",
			"We sent two notices, but subscribers never renewed their keys.",
		},
		[]string{
			"Customers did not receive the confirmation email.",
			"Users did not notice any delay.",
			"Customers didn't see errors during the failover.",
			"Users could not log in for an hour.",
			"Many users did not need to do anything.",
			"The users table did not update.",
		})
	expectRule(t, c, "blame-owned",
		[]string{
			"Mistake #1: no rate limit on the login form.",
			"Mistake 2: the backup job was never tested.",
			"- **Mistake #3:** errors shown to visitors in production.",
			"First mistake: the staging box shared the production key.",
			"Mistake one: we trusted the cached value.",
			"Our failures have been many.",
			"My mistakes were numerous that week.",
		},
		[]string{
			"## Mistakes",
			"We list each mistake: none were serious.",
			"The report calls it Mistake #1: a typo.",
			"Mistake #1",
			"Our failures dashboard has many panels.",
			"Our failures are many fewer since May.",
		})
	expectRule(t, c, "blame-labels",
		[]string{
			"This turned out to be a big mistake.",
			"A manual configuration error was made during the move.",
			"An error was made in one of the alert rules.",
			"Several configuration errors were made in the rollout.",
			"Wiping the replica proved to be a mistake.",
		},
		[]string{
			"No error was made by the parser.",
			"The parser reports an error when the field is empty.",
			"An error was returned by the API.",
		})
}
