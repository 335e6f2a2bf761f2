package org.wbcigateway.gateway.access;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's login form (Spring Security handles its POST), and the root that leads to the console. */
@Controller
public class LoginPage {

    @GetMapping("/console/login")
    public String login() {
        return "console/login";
    }

    @GetMapping("/")
    public String root() {
        return "redirect:/console";
    }
}
