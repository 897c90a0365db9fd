package dev.iamlint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerTest {

    @ParameterizedTest
    @CsvSource({
        "arn:aws:iam::111122223333:user/serviceaccount/ecr-login, IAM_USER, 111122223333",
        "arn:aws:iam::111122223333:role/node-role, IAM_ROLE, 111122223333",
        "arn:aws-cn:sts::111122223333:assumed-role/node-role/i-0abc, ASSUMED_ROLE_SESSION, 111122223333",
        "arn:aws:iam::111122223333:root, ROOT, 111122223333",
        "arn:aws-us-gov:sts::111122223333:federated-user/bob, FEDERATED_USER, 111122223333",
        "ec2.amazonaws.com, SERVICE, ''",
    })
    void readsEveryKindOfPrincipal(String arn, PrincipalKind kind, String account) {
        Caller caller = Caller.parse(arn);
        assertEquals(kind, caller.kind());
        assertEquals(account.isEmpty() ? Optional.empty() : Optional.of(account), caller.account());
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:sts::111122223333:assumed-role/node-role/i-0abc, arn:aws:iam::111122223333:role/node-role",
        "arn:aws-cn:sts::111122223333:assumed-role/r/s, arn:aws-cn:iam::111122223333:role/r",
        "arn:aws:iam::111122223333:role/path/r, arn:aws:iam::111122223333:role/path/r",
    })
    void aSessionKnowsItsRole(String arn, String role) {
        assertEquals(Optional.of(role), Caller.parse(arn).roleArn());
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:iam::111122223333:role/eks-node, arn:aws:sts::111122223333:assumed-role/eks-node/i-0abc",
        // A session names the role without its path.
        "arn:aws-cn:iam::444455556666:role/nodes/eks-node, arn:aws-cn:sts::444455556666:assumed-role/eks-node/i-0abc",
    })
    void aRoleHasSessions(String role, String session) {
        Caller caller = Caller.parse(role).session("i-0abc").orElseThrow();
        assertEquals(PrincipalKind.ASSUMED_ROLE_SESSION, caller.kind());
        assertEquals(session, caller.arn());
        assertEquals(Optional.empty(), Caller.parse(session).session("i-0abc"), "a session has no sessions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alice", "arn:aws:s3:::bucket", "arn:aws:iam::12:user/x",
        "arn:aws:iam::111122223333:group/admins", "arn:aws:sts::111122223333:assumed-role/no-session"})
    void rejectsWhatIsNoPrincipal(String text) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Caller.parse(text));
        assertEquals(true, error.getMessage().contains(text));
    }
}
