package org.reggraph.extract.agency;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Delegations#endsWithObject} answers as its specification, the pattern {@link Delegations#OBJECT}, does. */
class DelegationsObjectTest {

    @Provide
    Arbitrary<String> before() {
        List<String> words = new ArrayList<>(Delegations.OBJECTS);
        words.addAll(List.of("也可以", "还可以", "可以", "可", "分别", "以", "，", ",", "具体", "内容", "事项", "规", "定", "的", "由", "等"));
        return Arbitraries.of(words).list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void endsWithObjectAsThePatternSays(@ForAll("before") String s) {
        assertEquals(Delegations.OBJECT.matcher(s).find(), Delegations.endsWithObject(s), s);
    }
}
