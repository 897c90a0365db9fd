package dev.iamlint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which principals a selector names: globs over logical ids, addresses, ARNs and names. */
class PrincipalSelectorTest {

    @ParameterizedTest(name = "{0} ~ {1}/{2}: {3}")
    @CsvSource({
        // a template's logical id
        "NodeRole, NodeRole, NodeRole, true",
        "Node*, NodeRole, NodeRole, true",
        "noderole, NodeRole, NodeRole, false",
        // a plan's address, and the role's name
        "aws_iam_role.nodes*, aws_iam_role.nodes_a, eks-nodes, true",
        "eks-?odes, aws_iam_role.nodes, eks-nodes, true",
        // an account's ARN, and the name at its end (a path before it)
        "arn:aws:iam::*:role/*, arn:aws:iam::111122223333:role/eks/node, arn:aws:iam::111122223333:role/eks/node, true",
        "node, arn:aws:iam::111122223333:role/eks/node, arn:aws:iam::111122223333:role/eks/node, true",
        "eks, arn:aws:iam::111122223333:role/eks/node, arn:aws:iam::111122223333:role/eks/node, false",
    })
    void globsMatchAnyNameOfThePrincipal(String glob, String id, String key, boolean matches) {
        Principal principal = new Principal(Principal.Kind.ROLE, id, key, List.of(), Optional.empty(), List.of());

        assertEquals(matches, new PrincipalSelector(List.of("Other", glob), List.of(), List.of()).matches(principal.names()));
    }

    @Test
    void aSelectorNamesAtLeastOnePrincipal() {
        assertThrows(IllegalArgumentException.class, () -> new PrincipalSelector(List.of(), List.of(), List.of()));
    }
}
