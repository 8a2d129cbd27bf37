package org.reggraph.extract.agency;

import org.reggraph.extract.ExtractedAgency;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyRecognizerTest {

    @Test
    void agenciesAreNormalised() {
        assertEquals("国家发展和改革委员会", AgencyRecognizer.canonical("国家发展改革委"));
        ExtractedAgency mee = AgencyRecognizer.describe("生态环境部", List.of());
        assertEquals("国务院", mee.parent());
        assertEquals("国家", mee.level());
        ExtractedAgency role = AgencyRecognizer.describe("县级以上地方人民政府自然资源主管部门", List.of());
        assertTrue(role.generic());
        assertEquals("县级", role.level());
        assertEquals(List.of("生态环境部", "财政部"), AgencyRecognizer.split("生态环境部、财政部"));
        assertEquals(List.of("国务院交通运输、水利等有关部门"), AgencyRecognizer.split("国务院交通运输、水利等有关部门"));
        assertEquals(List.of("国家发展和改革委员会", "财政部"), AgencyRecognizer.known("国家发展改革委、财政部负责"));
    }
}
