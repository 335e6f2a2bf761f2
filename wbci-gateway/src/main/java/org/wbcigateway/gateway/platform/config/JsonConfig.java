package org.wbcigateway.gateway.platform.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.LineId;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * How domain values look in JSON: identifiers as their plain value ({@code "DEU.AAAA"}), Meldungscodes as their code
 * ({@code "8001"}), as WBCI writes them; CRM event types as the feed has always named them
 * ({@code "RECEIVED_RUEM-VA"}). Text read from JSON has no control characters ({@link TextInput}). The domain
 * itself stays free of JSON annotations.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfig {

    @Bean
    JacksonModule wbciJsonModule() {
        SimpleModule module = new SimpleModule("wbci");
        for (Class<?> id : new Class<?>[] {
            CarrierCode.class,
            VorabstimmungsId.class,
            AenderungsId.class,
            StornoId.class,
            LineId.class,
            Portierungskennung.class
        }) {
            module.addSerializer(id, ToStringSerializer.instance);
        }
        module.addDeserializer(String.class, TextInput.deserializer());
        module.addSerializer(Meldungscode.class, new StdSerializer<>(Meldungscode.class) {
            @Override
            public void serialize(Meldungscode value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.code());
            }
        });
        module.addSerializer(CrmEventType.class, new StdSerializer<>(CrmEventType.class) {
            @Override
            public void serialize(CrmEventType value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.feedName());
            }
        });
        return module;
    }
}
