/**
 * Journeys: the graph a marketer draws (entry, waits, branches, splits, actions, goals, exits), its validation
 * before publishing, immutable published versions, and the engine that moves each enrolled customer through
 * them exactly once per step.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Journey",
        allowedDependencies = {
            "customer",
            "commerce",
            "segment",
            "segment :: ui",
            "messaging",
            "support",
            "returns",
            "shared"
        })
package app.cairn.journey;
